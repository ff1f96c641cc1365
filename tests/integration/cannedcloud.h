#pragma once

#include <functional>
#include <QAbstractHttpServer>
#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>
#include <QUrlQuery>
#include <utility>

/// A Qlik Cloud tenant of the test's own: every request goes to the test's handler, whose reply
/// is written as it says (whole, never, or cut in the middle of its body), and is logged with
/// the times it arrived and was answered. For the answers a real tenant gives rarely (429
/// storms, HTML, malformed JSON, silence, cut connections) and to count requests exactly.
class CannedCloud final : public QAbstractHttpServer
{
public:
    struct Request
    {
        QByteArray method;
        QString path; ///< percent-decoded
        QUrlQuery query; ///< values fully decoded by queryItemValue(…, QUrl::FullyDecoded)
        QByteArray authorization;
        QByteArray body;
        qint64 arrivedMs = 0; ///< on elapsedMs()'s clock
        qint64 answeredMs = -1; ///< -1 while not answered
        int status = 0; ///< of the reply
    };

    struct Reply
    {
        enum class Delivery { Whole, Never, CutInBody };
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        Delivery delivery = Delivery::Whole;

        [[nodiscard]] static Reply json(const QJsonObject &object, int status = 200);
        /// `{"errors":[{code,title,detail}]}` as Qlik Cloud refuses.
        [[nodiscard]] static Reply errors(int status, const QString &code, const QString &title,
                                          const QString &detail);
        [[nodiscard]] static Reply text(const QByteArray &text, int status = 200,
                                        const QByteArray &contentType = "text/plain");
        /// Reads the request and never answers.
        [[nodiscard]] static Reply silence();
    };
    using Handler = std::function<Reply(const Request &request)>;

    CannedCloud();

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    [[nodiscard]] QUrl url() const;
    [[nodiscard]] qint64 elapsedMs() const { return m_clock.elapsed(); }
    [[nodiscard]] const QList<Request> &requests() const { return m_requests; }
    /// The logged requests with that method whose path starts with `path`.
    [[nodiscard]] QList<Request> requestsTo(const QByteArray &method, const QString &path) const;
    void clearLog() { m_requests.clear(); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
    QElapsedTimer m_clock;
    QList<Request> m_requests;
    quint16 m_port = 0;
};
