// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace planner {

// The errors of a failed operation, convertible to an Outcome of any type:
// `return failure(message);`.
struct Failure
{
    QStringList errors;
};

inline Failure failure(QString error)
{
    return {{std::move(error)}};
}

// How every core function that can fail, or that checks an input, reports back: an Outcome<T>,
// or an Outcome<> (Outcome<void>) when there is nothing to return but success.
// - On success ok() is true, value holds the result and errors is empty. On failure value is
//   empty and errors holds at least one message.
// - Each message is written for the user (it names the input, the bad value and what is valid)
//   and is shown as it is; errorMessage() joins several with "; ".
// - warnings never fail an operation: what the user should know either way.
class OutcomeMessages
{
public:
    QStringList errors;
    QStringList warnings;

    QString errorMessage() const { return errors.join(QStringLiteral("; ")); }
    // The errors alone, to hand on to an Outcome of another type.
    Failure failed() const { return {errors}; }

protected:
    OutcomeMessages() = default;
    explicit OutcomeMessages(Failure failure)
        : errors(std::move(failure.errors))
    { }
};

template<typename T = void> class Outcome : public OutcomeMessages
{
public:
    std::optional<T> value;

    Outcome() = default;
    Outcome(T result)
        : value(std::move(result))
    { }
    Outcome(Failure failure)
        : OutcomeMessages(std::move(failure))
    { }

    bool ok() const { return value.has_value(); }
    const T &operator*() const { return *value; }
    T &operator*() { return *value; }
    const T *operator->() const { return &*value; }
    T *operator->() { return &*value; }
};

template<> class Outcome<void> : public OutcomeMessages
{
public:
    Outcome() = default;
    Outcome(Failure failure)
        : OutcomeMessages(std::move(failure))
    { }

    bool ok() const { return errors.isEmpty(); }
};

// The outcome of a check that collected its errors: ok exactly when there are none.
inline Outcome<> checkOutcome(QStringList errors)
{
    return Failure {std::move(errors)};
}

} // namespace planner
