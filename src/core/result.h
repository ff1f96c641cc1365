#pragma once

#include <optional>
#include <QString>
#include <utility>

/// A value or a human-readable error: what core's parsers and validators return.
template<typename T> class Result final
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }

    [[nodiscard]] static Result failure(QString message)
    {
        Result result;
        result.m_error = std::move(message);
        return result;
    }

    [[nodiscard]] bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const T &value() const { return *m_value; }
    [[nodiscard]] T &value() { return *m_value; }
    [[nodiscard]] const QString &error() const { return m_error; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
};
