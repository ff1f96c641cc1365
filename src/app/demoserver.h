#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

/// The bundled simulator `qrs-sim` as a child process: started with `--port 0` and its demo
/// scenario (a repository's, or with cloudArguments() a Qlik Cloud tenant's), ready once it
/// prints the URL it listens on; killed when this object goes.
class DemoServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoServer)

public:
    /// `qrs-sim` next to the running executable.
    [[nodiscard]] static QString bundledProgram();
    [[nodiscard]] static QStringList defaultArguments();
    /// The simulator as a Qlik Cloud tenant with its built-in demo, taking CloudApiKey.
    [[nodiscard]] static QStringList cloudArguments();
    /// The cloud demo's API key: the simulator's, no secret of anybody's.
    static constexpr auto CloudApiKey = "qrs-sim-demo-key";

    explicit DemoServer(QString program = bundledProgram(),
                        QStringList arguments = defaultArguments(), QObject *parent = nullptr);
    ~DemoServer() override;

    [[nodiscard]] bool isAvailable() const;
    /// It simulates a Qlik Cloud tenant rather than a repository.
    [[nodiscard]] bool isCloud() const;
    [[nodiscard]] bool isReady() const { return m_url.isValid(); }
    [[nodiscard]] bool isStarting() const;
    [[nodiscard]] QUrl url() const { return m_url; }

    /// Starts the process unless it runs already; ready() or failed() follows.
    void start();
    void stop();

Q_SIGNALS:
    void ready(const QUrl &url);
    void failed(const QString &reason);

private:
    void readOutput();

    QString m_program;
    QStringList m_arguments;
    QProcess m_process;
    QByteArray m_buffer;
    QUrl m_url;
};
