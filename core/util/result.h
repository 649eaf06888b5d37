#pragma once
// Result<T>: the value of an operation that can fail, or the Error that says why.
//
// Core functions that can fail return a Result instead of throwing: exceptions never cross
// core's public API. The error message is written for a person (what failed and where, one plain
// sentence) and is already translated (it comes from tr()). The technical detail, when there is
// one, is what GDAL, SQLite or the system said, untranslated; show it below the message (the
// command line indents it under the first line, dialogs put it in their details).

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace engdrift {

/// What kind of failure an Error is, where a caller acts on the difference.
enum class ErrorKind {
    Failure,  ///< it could not be done (bad input, a broken file, a full disk, ...)
    Conflict, ///< someone changed the data since it was read: read again, then decide
};

/// What went wrong, in words a user can act on, and what the libraries said about it.
struct Error
{
    QString message; ///< the sentence a person reads
    QString detail;  ///< GDAL's, SQLite's or the system's own words; may be empty
    ErrorKind kind = ErrorKind::Failure;
};

template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}            // NOLINT(google-explicit-constructor)
    Result(Error error) : m_data(std::move(error)) {}        // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }
    const QString &errorMessage() const { return error().message; }
    const QString &errorDetail() const { return error().detail; }

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation that returns nothing on success.
template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}      // NOLINT(google-explicit-constructor)

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }
    const QString &errorMessage() const { return m_error->message; }
    const QString &errorDetail() const { return m_error->detail; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(QString message, QString detail = {})
{
    return Error{std::move(message), std::move(detail), ErrorKind::Failure};
}

/// A write refused because the data changed since it was read (see ErrorKind::Conflict).
inline Error makeConflict(QString message, QString detail = {})
{
    return Error{std::move(message), std::move(detail), ErrorKind::Conflict};
}

/// The same failure told in other words (e.g. with what was being done in front), keeping its
/// technical detail.
inline Error rephrased(const Error &error, QString message)
{
    return Error{std::move(message), error.detail, error.kind};
}

} // namespace engdrift
