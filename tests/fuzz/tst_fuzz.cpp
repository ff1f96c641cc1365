// A bounded, deterministic fuzz test of what reads the repository's answers and builds its
// filters: the JSON parsers (QrsJson), the filter builder (QrsFilter) and the reply handler
// (QrsReply::check). A fixed number of inputs is derived from the seed corpus in
// tests/data/fuzz/ by a fixed-seed generator, so every run checks the same inputs and a failure
// names the seed and the input index that reproduce it (see tests/data/fuzz/README.md).

#include "qrsfilter.h"
#include "qrsjson.h"
#include "qrsreply.h"
#include "taskstatus.h"

#include <algorithm>
#include <array>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <limits>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonValue>
#include <QMetaEnum>
#include <QTest>
#include <QUrl>
#include <QUuid>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

/// Defaults: fixed, so every run of the suite checks the same inputs.
constexpr quint64 DefaultSeed = 0x13F0'22ED'5EEDULL;
constexpr int DefaultInputs = 20000;
/// Shares of the inputs: 60 % JSON parsers, 20 % filter builder, 20 % reply handler.
constexpr int JsonShare = 60;
constexpr int FilterShare = 20;
/// One input taking longer than this counts as a hang. CPU time of this thread, not wall time:
/// the suite shares its machine with builds and other tests.
constexpr qint64 SlowInputMs = 2000;
/// Mutated inputs are cut to this size (the parsers' own limit is far above: 64 MB).
constexpr qsizetype MaxInputSize = 512 * 1024;

const QByteArray XrfKey = "ABCDEFGHIJKLMNOP";
const QByteArray XrfQuery = "xrfkey=" + XrfKey;
const QString Password = u"hunter2-not-shown"_s;
const QString TailMarker = u"TAIL-BEYOND-400-MUST-NOT-SHOW"_s;

enum class Target { Json = 1, Filter = 2, Reply = 3 };

const char *targetName(Target target)
{
    switch (target) {
    case Target::Json:
        return "json";
    case Target::Filter:
        return "filter";
    case Target::Reply:
        return "reply";
    }
    return "?";
}

/// SplitMix64: tiny, fast, and the same sequence on every platform and Qt version.
class Rng final
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    { }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// 0 .. n-1 (0 for n <= 0).
    qsizetype below(qsizetype n) { return n <= 0 ? 0 : qsizetype(next() % quint64(n)); }
    qint64 between(qint64 low, qint64 high) { return low + qint64(below(high - low + 1)); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename List> const auto &pick(const List &list)
    {
        return list[below(qsizetype(std::size(list)))];
    }

private:
    quint64 m_state;
};

/// The generator of one input: depends only on the seed, the target and the index.
Rng inputRng(quint64 seed, Target target, int index)
{
    Rng mixer(seed ^ (quint64(target) << 56) ^ (quint64(index) * 0xD1B54A32D192ED03ULL));
    return Rng(mixer.next());
}

// --- Settings (environment) ----------------------------------------------------------------

quint64 envNumber(const char *name, quint64 fallback)
{
    const QByteArray text = qgetenv(name).trimmed();
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const quint64 value = text.toULongLong(&ok, 0);
    if (!ok)
        qFatal("%s=%s is not a number", name, text.constData());
    return value;
}

struct Settings
{
    quint64 seed = envNumber("QTR_FUZZ_SEED", DefaultSeed);
    int inputs = int(std::min<quint64>(envNumber("QTR_FUZZ_INPUTS", DefaultInputs), 10'000'000));
    /// QTR_FUZZ_INDEX: only this input of every target, to reproduce a failure.
    qint64 only =
        qEnvironmentVariableIsSet("QTR_FUZZ_INDEX") ? qint64(envNumber("QTR_FUZZ_INDEX", 0)) : -1;

    int share(Target target) const
    {
        const int json = int(qint64(inputs) * JsonShare / 100);
        const int filter = int(qint64(inputs) * FilterShare / 100);
        switch (target) {
        case Target::Json:
            return json;
        case Target::Filter:
            return filter;
        case Target::Reply:
            return inputs - json - filter;
        }
        return 0;
    }
};

const Settings &settings()
{
    static const Settings instance;
    return instance;
}

// --- What to print when the process dies on an input ---------------------------------------

char g_context[256] = "tst_fuzz: no input yet\n";
size_t g_contextLength = std::strlen(g_context);
constexpr std::array FatalSignals {SIGSEGV, SIGABRT, SIGFPE, SIGBUS, SIGILL};
struct sigaction g_previous[FatalSignals.size()];

void onFatalSignal(int signal)
{
    // Only async-signal-safe calls: write() the prepared text, then the previous handler.
    [[maybe_unused]] const auto written = ::write(STDERR_FILENO, g_context, g_contextLength);
    for (size_t i = 0; i < FatalSignals.size(); ++i) {
        if (FatalSignals[i] == signal)
            sigaction(signal, &g_previous[i], nullptr);
    }
    raise(signal);
}

void installFatalSignalReport()
{
    static char alternateStack[64 * 1024];
    stack_t current {};
    if (sigaltstack(nullptr, &current) == 0 && (current.ss_flags & SS_DISABLE)) {
        stack_t stack {};
        stack.ss_sp = alternateStack;
        stack.ss_size = sizeof alternateStack;
        sigaltstack(&stack, nullptr);
    }
    struct sigaction action
    {
    };
    action.sa_handler = onFatalSignal;
    action.sa_flags = SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    for (size_t i = 0; i < FatalSignals.size(); ++i)
        sigaction(FatalSignals[i], &action, &g_previous[i]);
}

void setContext(Target target, int index)
{
    const int length = std::snprintf(
        g_context, sizeof g_context,
        "tst_fuzz: died on %s input %d of seed 0x%llx; rerun it alone with QTR_FUZZ_SEED=0x%llx "
        "QTR_FUZZ_INDEX=%d\n",
        targetName(target), index, static_cast<unsigned long long>(settings().seed),
        static_cast<unsigned long long>(settings().seed), index);
    g_contextLength = size_t(std::clamp(length, 0, int(sizeof g_context) - 1));
}

/// The start of an input, printable on one line.
QByteArray printable(const QByteArray &input, qsizetype max = 160)
{
    QByteArray out;
    for (const char c : input.left(max)) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u < 0x7f && c != '\\')
            out += c;
        else
            out += "\\x" + QByteArray::number(u, 16).rightJustified(2, '0');
    }
    if (input.size() > max)
        out += "... (" + QByteArray::number(input.size()) + " bytes)";
    return out;
}

/// The failure message: seed, index, how to rerun, the input (whole in a file).
QByteArray failureReport(Target target, int index, const QByteArray &input, const QString &problem)
{
    const QString file = QDir::temp().filePath(u"tst_fuzz-%1-%2-%3.bin"_s.arg(
        QLatin1StringView(targetName(target)), QString::number(settings().seed, 16),
        QString::number(index)));
    QFile out(file);
    if (out.open(QIODevice::WriteOnly))
        out.write(input);
    return QByteArray(targetName(target)) + " input " + QByteArray::number(index) + " of seed 0x" +
        QByteArray::number(settings().seed, 16) + ": " + problem.toUtf8() +
        "\n   rerun: QTR_FUZZ_SEED=0x" + QByteArray::number(settings().seed, 16) +
        " QTR_FUZZ_INDEX=" + QByteArray::number(index) + " tst_fuzz\n   input (" + file.toUtf8() +
        "): " + printable(input);
}

/// CPU time spent by this thread since construction.
class CpuTimer final
{
public:
    CpuTimer()
        : m_start(now())
    { }
    [[nodiscard]] qint64 elapsed() const { return (now() - m_start) / 1'000'000; }

private:
    static qint64 now()
    {
        timespec time {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time);
        return qint64(time.tv_sec) * 1'000'000'000 + time.tv_nsec;
    }
    qint64 m_start;
};

// --- Byte mutations -------------------------------------------------------------------------

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool oneOf(const char *set, char c)
{
    return c != 0 && std::strchr(set, c) != nullptr;
}

const std::array InterestingTokens {
    QByteArray("\\u0000"),
    QByteArray("\\ud800"),
    QByteArray("\\udc00\\ud800"),
    QByteArray("\\u202e"),
    QByteArray("\\\""),
    QByteArray("\\"),
    QByteArray("\xef\xbb\xbf"),
    QByteArray("\xff\xfe"),
    QByteArray("\xc0\xaf"),
    QByteArray("\xed\xa0\x80"),
    QByteArray("\xf0\x9f\x98\x80"),
    QByteArray("\x00", 1),
    QByteArray("\x1b[31m"),
    QByteArray("\"1753-01-01T00:00:00.000Z\""),
    QByteArray("\"9999-12-31T23:59:59.999+14:00\""),
    QByteArray("\"00000000-0000-0000-0000-000000000000\""),
    QByteArray("\"{6f1b0e52-8c3a-4d9e-b7a1-2c5d8e9f0a13}\""),
    QByteArray("\"value\":"),
    QByteArray("\"id\":\"x\","),
    QByteArray("\"status\":7,"),
    QByteArray("null"),
    QByteArray("true"),
    QByteArray("[]"),
    QByteArray("{}"),
    QByteArray("]]]]"),
    QByteArray("}}}}"),
    QByteArray(",,"),
    QByteArray("<html>"),
    QByteArray("\r\n"),
    QByteArray("xrfkey=ABCDEFGHIJKLMNOP"),
};

const std::array ExtremeNumbers {
    QByteArray("1e309"),
    QByteArray("-1e309"),
    QByteArray("1e-400"),
    QByteArray("4.9e-324"),
    QByteArray("1.7976931348623157e308"),
    QByteArray("9223372036854775807"),
    QByteArray("9223372036854775808"),
    QByteArray("-9223372036854775809"),
    QByteArray("18446744073709551616"),
    QByteArray("2147483647"),
    QByteArray("2147483648"),
    QByteArray("-2147483649"),
    QByteArray("4294967296"),
    QByteArray("-0"),
    QByteArray("0.5"),
    QByteArray("7.0000000000000001"),
    QByteArray("00012"),
    QByteArray("1E+2"),
    QByteArray("-"),
    QByteArray("NaN"),
    QByteArray("Infinity"),
    QByteArray("123456789012345678901234567890123456789012345678901234567890"),
};

const std::array TypeReplacements {
    QByteArray("null"),
    QByteArray("true"),
    QByteArray("false"),
    QByteArray("0"),
    QByteArray("12"),
    QByteArray("-1"),
    QByteArray("\"\""),
    QByteArray("\"12\""),
    QByteArray("\"x\""),
    QByteArray("[]"),
    QByteArray("[1,\"a\",null]"),
    QByteArray("{}"),
    QByteArray("{\"id\":\"x\",\"status\":7}"),
    QByteArray("\"6f1b0e52-8c3a-4d9e-b7a1-2c5d8e9f0a13\""),
};

/// The end of the JSON value that starts at `from` (roughly: good enough to cut one out).
qsizetype valueEnd(const QByteArray &data, qsizetype from)
{
    const qsizetype limit = std::min(data.size(), from + 64 * 1024);
    if (from >= data.size())
        return from;
    const char first = data.at(from);
    if (first == '"') {
        for (qsizetype i = from + 1; i < limit; ++i) {
            if (data.at(i) == '\\')
                ++i;
            else if (data.at(i) == '"')
                return i + 1;
        }
        return limit;
    }
    if (first == '{' || first == '[') {
        int depth = 0;
        bool inString = false;
        for (qsizetype i = from; i < limit; ++i) {
            const char c = data.at(i);
            if (inString) {
                if (c == '\\')
                    ++i;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return i + 1;
            }
        }
        return limit;
    }
    qsizetype i = from;
    while (i < limit && !oneOf(",}] \t\r\n", data.at(i)))
        ++i;
    return i;
}

/// A random position where a value starts (after ':', '[' or ','), or -1.
qsizetype randomValueStart(Rng &rng, const QByteArray &data)
{
    for (int attempt = 0; attempt < 16 && !data.isEmpty(); ++attempt) {
        qsizetype i = rng.below(data.size());
        while (i < data.size() && data.at(i) != ':' && data.at(i) != '[' && data.at(i) != ',')
            ++i;
        if (i >= data.size())
            continue;
        ++i;
        while (i < data.size() && (data.at(i) == ' ' || data.at(i) == '\n'))
            ++i;
        if (i < data.size())
            return i;
    }
    return -1;
}

/// A random string in UTF-8, raw or JSON-escaped, valid or not.
QByteArray randomStringBytes(Rng &rng)
{
    static const std::array pieces {
        QByteArray("a"),
        QByteArray("Reload Sales"),
        QByteArray("'"),
        QByteArray("\\\""),
        QByteArray("\\\\"),
        QByteArray("\\n"),
        QByteArray("\\u0000"),
        QByteArray("\\ud83d\\ude00"),
        QByteArray("\\ud800"),
        QByteArray("\\u202e"),
        QByteArray("\xc3\xa4"),
        QByteArray("\xe6\xbc\xa2"),
        QByteArray("\xf0\x9f\x98\x80"),
        QByteArray("\xff"),
        QByteArray("\xed\xa0\x80"),
        QByteArray("\x1f"),
        QByteArray(" "),
        QByteArray("6f1b0e52-8c3a-4d9e-b7a1-2c5d8e9f0a13"),
    };
    QByteArray out;
    const qsizetype count = rng.below(12);
    for (qsizetype i = 0; i < count; ++i)
        out += rng.pick(pieces);
    return out;
}

/// Where the strings of a JSON text start (their opening quote), at most 256 of them.
QList<qsizetype> stringStarts(const QByteArray &data)
{
    QList<qsizetype> starts;
    for (qsizetype i = 0; i < data.size() && starts.size() < 256; ++i) {
        if (data.at(i) == '"') {
            starts.append(i);
            i = valueEnd(data, i) - 1;
        }
    }
    return starts;
}

/// Mutations that keep well-formed JSON well-formed (so the parsers get past the syntax).
constexpr std::array GentleMutations {5, 6, 7, 10, 13};
constexpr int MutationCount = 14;

void mutateOnce(Rng &rng, const QList<QByteArray> &corpus, QByteArray &data, bool gentle)
{
    const qsizetype size = data.size();
    switch (gentle ? rng.pick(GentleMutations) : int(rng.below(MutationCount))) {
    case 0: // flip a few bits
        for (qsizetype n = rng.between(1, 8); n > 0 && size > 0; --n) {
            const qsizetype at = rng.below(size);
            data[at] = char(data.at(at) ^ (1 << rng.below(8)));
        }
        break;
    case 1: // insert random bytes
        for (qsizetype n = rng.between(1, 8); n > 0; --n) {
            const qsizetype at = rng.below(data.size() + 1);
            data.insert(at, char(rng.below(256)));
        }
        break;
    case 2: // delete a range
        if (size > 0) {
            const qsizetype at = rng.below(size);
            data.remove(at, rng.between(1, std::min<qsizetype>(64, size - at)));
        }
        break;
    case 3: // truncate
        data.truncate(rng.below(size + 1));
        break;
    case 4: { // splice two seeds
        const QByteArray &other = rng.pick(corpus);
        const qsizetype cut = rng.below(size + 1);
        data = data.left(cut) + other.mid(rng.below(other.size() + 1));
        break;
    }
    case 5: { // replace a number with an extreme one
        QList<qsizetype> starts;
        for (qsizetype i = 0; i < size && starts.size() < 256; ++i) {
            const char c = data.at(i);
            if (isDigit(c) && (i == 0 || !(isDigit(data.at(i - 1)) || isLetter(data.at(i - 1)))))
                starts.append(i);
        }
        if (starts.isEmpty())
            break;
        const qsizetype at = rng.pick(starts);
        qsizetype end = at;
        while (end < size && oneOf("0123456789.eE+-", data.at(end)))
            ++end;
        data.replace(at, end - at, rng.pick(ExtremeNumbers));
        break;
    }
    case 6: { // swap a value for one of another type
        const qsizetype at = randomValueStart(rng, data);
        if (at >= 0)
            data.replace(at, valueEnd(data, at) - at, rng.pick(TypeReplacements));
        break;
    }
    case 7: { // duplicate a structure after itself
        const qsizetype at = randomValueStart(rng, data);
        if (at >= 0) {
            const qsizetype end = valueEnd(data, at);
            data.insert(end, ',' + data.mid(at, end - at));
        }
        break;
    }
    case 8: { // wrap in deep nesting
        const qsizetype depth = rng.pick(std::array<qsizetype, 5> {2, 64, 1023, 1025, 5000});
        const bool object = rng.chance(30);
        data = (object ? QByteArray("{\"a\":").repeated(depth) : QByteArray(depth, '[')) + data +
            QByteArray(depth, object ? '}' : ']');
        break;
    }
    case 9: { // insert an interesting token
        const qsizetype at = rng.below(size + 1);
        data.insert(at, rng.pick(InterestingTokens));
        break;
    }
    case 10: { // replace the content of a string
        const QList<qsizetype> starts = stringStarts(data);
        if (starts.isEmpty())
            break;
        const qsizetype at = rng.pick(starts);
        const qsizetype end = valueEnd(data, at);
        data.replace(at, end - at, QByteArray('"' + randomStringBytes(rng) + '"'));
        break;
    }
    case 11: // repeat a range
        if (size > 0) {
            const qsizetype at = rng.below(size);
            const QByteArray range = data.mid(at, rng.between(1, 64));
            data.insert(at, range.repeated(int(rng.between(1, 200))));
        }
        break;
    case 12: // overwrite a byte
        if (size > 0) {
            const qsizetype at = rng.below(size);
            data[at] = char(rng.below(256));
        }
        break;
    case 13: { // a string as long as a limit of the code (excerpts), ending in a wide character
        const QList<qsizetype> starts = stringStarts(data);
        if (starts.isEmpty())
            break;
        const qsizetype at = rng.pick(starts);
        const qsizetype end = valueEnd(data, at);
        const qsizetype length =
            rng.pick(std::array<qsizetype, 8> {58, 59, 60, 61, 398, 399, 400, 401});
        static const std::array wide {QByteArray("\xc3\xa4"), QByteArray("\xe6\xbc\xa2"),
                                      QByteArray("\xf0\x9f\x98\x80"), QByteArray("\\ud83d\\ude00")};
        data.replace(at, end - at,
                     QByteArray('"' + QByteArray(length, 'a') + rng.pick(wide) + "tail\""));
        break;
    }
    }
    if (data.size() > MaxInputSize)
        data.truncate(MaxInputSize);
}

QByteArray mutated(Rng &rng, const QList<QByteArray> &corpus, QByteArray data)
{
    const bool gentle = rng.chance(50);
    for (qsizetype rounds = rng.between(1, 4); rounds > 0; --rounds)
        mutateOnce(rng, corpus, data, gentle);
    return data;
}

// --- Checks of the JSON parsers ----------------------------------------------------------------

/// Whether the bytes ask for a lone surrogate: a `\uD800`-`\uDFFF` escape. JSON allows these;
/// only without them must every parsed string be valid UTF-16.
bool hasSurrogateEscape(const QByteArray &body)
{
    for (qsizetype i = body.indexOf("\\u"); i >= 0; i = body.indexOf("\\u", i + 2)) {
        if (i + 2 < body.size() && (body.at(i + 2) == 'd' || body.at(i + 2) == 'D'))
            return true;
    }
    return false;
}

struct Strings
{
    bool surrogateEscapes = false;
    QString problem;

    void check(QStringView name, QStringView value)
    {
        if (problem.isEmpty() && !surrogateEscapes && !value.isValidUtf16())
            problem = name + u" is not valid UTF-16: "_s + value.left(80).toString();
    }
};

QString dateProblem(QStringView name, const QDateTime &date)
{
    if (!date.isValid())
        return {};
    if (date.timeSpec() != Qt::UTC)
        return name + u" is not in UTC: "_s + date.toString(Qt::ISODateWithMs);
    if (date.date().year() <= 1753)
        return name + u" is the repository's \"no date\" but valid: "_s +
            date.toString(Qt::ISODateWithMs);
    return {};
}

QString dump(const QDateTime &date)
{
    return date.isValid() ? date.toString(Qt::ISODateWithMs) : u"-"_s;
}

QString saneResult(const ExecutionResult &result, Strings &strings)
{
    if (result.id.isEmpty())
        return u"an execution result without id"_s;
    if (result.status.name().isEmpty())
        return u"status %1 has no name"_s.arg(result.status.code());
    for (const auto &[name, value] : {std::pair {u"id", &result.id},
                                      {u"executionId", &result.executionId},
                                      {u"taskId", &result.taskId},
                                      {u"appId", &result.appId},
                                      {u"executingNodeName", &result.executingNodeName},
                                      {u"scriptLogLocation", &result.scriptLogLocation},
                                      {u"fileReferenceId", &result.fileReferenceId}})
        strings.check(name, *value);
    for (const ExecutionDetail &detail : result.details) {
        const int type = int(detail.type);
        if (type < 0 || type > 2)
            return u"detail type %1 is no ExecutionDetail::Type"_s.arg(type);
        strings.check(u"details.message", detail.message);
        if (auto problem = dateProblem(u"details.createdAt", detail.createdAt); !problem.isEmpty())
            return problem;
    }
    if (auto problem = dateProblem(u"startTime", result.startTime); !problem.isEmpty())
        return problem;
    return dateProblem(u"stopTime", result.stopTime);
}

QString saneTask(const ReloadTask &task, Strings &strings)
{
    if (task.id.isEmpty())
        return u"a task without id"_s;
    const int type = int(task.type);
    if (type < 0 || type > 3)
        return u"task type %1 is no ReloadTask::Type"_s.arg(type);
    for (const QString &tag : task.tags) {
        if (tag.isEmpty())
            return u"an empty tag"_s;
        strings.check(u"tag", tag);
    }
    if (task.lastStatus && task.lastStatus->name().isEmpty())
        return u"last status %1 has no name"_s.arg(task.lastStatus->code());
    for (const auto &[name, value] : {std::pair {u"id", &task.id},
                                      {u"name", &task.name},
                                      {u"appId", &task.appId},
                                      {u"appName", &task.appName},
                                      {u"streamName", &task.streamName}})
        strings.check(name, *value);
    for (const auto &[name, value] : {std::pair {u"lastStartTime", &task.lastStartTime},
                                      {u"lastStopTime", &task.lastStopTime},
                                      {u"nextExecution", &task.nextExecution}}) {
        if (auto problem = dateProblem(name, *value); !problem.isEmpty())
            return problem;
    }
    return {};
}

QString dumpResult(const ExecutionResult &r)
{
    QString out = r.id + u'|' + r.executionId + u'|' + r.taskId + u'|' + r.appId + u'|' +
        r.executingNodeName + u'|' + QString::number(r.status.code()) + u'|' + dump(r.startTime) +
        u'|' + dump(r.stopTime) + u'|' + QString::number(r.durationMs) + u'|' +
        QString::number(r.scriptLogAvailable) + u'|' + r.scriptLogLocation + u'|' +
        QString::number(r.scriptLogSize) + u'|' + r.fileReferenceId;
    for (const ExecutionDetail &d : r.details)
        out += u'|' + QString::number(int(d.type)) + u':' + d.message + u':' + dump(d.createdAt);
    return out;
}

QString dumpTask(const ReloadTask &t)
{
    return t.id + u'|' + t.name + u'|' + QString::number(t.enabled) + u'|' +
        QString::number(int(t.type)) + u'|' + t.appId + u'|' + t.appName + u'|' + t.streamName +
        u'|' + t.tags.join(u'\x1f') + u'|' +
        (t.lastStatus ? QString::number(t.lastStatus->code()) : u"-"_s) + u'|' +
        dump(t.lastStartTime) + u'|' + dump(t.lastStopTime) + u'|' +
        QString::number(t.lastDurationMs) + u'|' + dump(t.nextExecution);
}

QString dumpSession(const ExecutionSession &s)
{
    return s.id + u'|' + s.taskId + u'|' + s.appId;
}

/// How often each parser said yes and no: a fuzzer that never gets past the first byte, or
/// never fails, is not testing much.
struct ParserStats
{
    int accepted = 0;
    int refused = 0;
};

/// One parser on one input: an error has words, a value is sane, and a second call agrees.
template<typename T, typename Parse, typename Sane, typename Dump>
QString checkParser(QStringView name, Parse parse, Sane sane, Dump dumpValue,
                    const QByteArray &body, ParserStats &stats)
{
    const Result<T> first = parse(body);
    const Result<T> second = parse(body);
    Strings strings {hasSurrogateEscape(body), {}};
    if (!first.ok()) {
        ++stats.refused;
        if (first.error().trimmed().isEmpty())
            return name + u": an error without a message"_s;
        strings.check(u"the error message", first.error());
        if (!strings.problem.isEmpty())
            return name + u": "_s + strings.problem;
        if (second.ok() || second.error() != first.error())
            return name + u": not deterministic: \""_s + first.error() + u"\" then \""_s +
                (second.ok() ? u"success"_s : second.error()) + u'"';
        return {};
    }
    ++stats.accepted;
    if (const QString problem = sane(first.value(), strings); !problem.isEmpty())
        return name + u": "_s + problem;
    if (!strings.problem.isEmpty())
        return name + u": "_s + strings.problem;
    if (!second.ok() || dumpValue(second.value()) != dumpValue(first.value()))
        return name + u": not deterministic"_s;
    return {};
}

template<typename T, typename Sane> auto listOf(Sane sane)
{
    return [sane](const QList<T> &list, Strings &strings) {
        for (const T &item : list) {
            if (const QString problem = sane(item, strings); !problem.isEmpty())
                return problem;
        }
        return QString();
    };
}

template<typename T, typename Dump> auto dumpList(Dump dumpItem)
{
    return [dumpItem](const QList<T> &list) {
        QStringList out;
        for (const T &item : list)
            out.append(dumpItem(item));
        return out.join(u'\n');
    };
}

QString saneGuid(const QString &text)
{
    if (!QrsJson::isGuid(text))
        return {};
    const bool braced = text.startsWith(u'{');
    if (text.size() != (braced ? 38 : 36))
        return u"isGuid('%1') but it has %2 characters"_s.arg(text).arg(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F') ||
              u == u'-' || u == u'{' || u == u'}'))
            return u"isGuid('%1') but it holds '%2'"_s.arg(text, c);
    }
    return {};
}

/// isGuid, isZeroGuid and parseDate on one string.
QString checkStringFunctions(const QString &text)
{
    if (const QString problem = saneGuid(text); !problem.isEmpty())
        return problem;
    if (QrsJson::isZeroGuid(text) && !QrsJson::isGuid(text))
        return u"isZeroGuid('%1') but not isGuid"_s.arg(text);
    if (QrsJson::isGuid(text) != QrsJson::isGuid(text))
        return u"isGuid not deterministic"_s;
    const QDateTime date = QrsJson::parseDate(QJsonValue(text));
    if (const QString problem = dateProblem(u"parseDate", date); !problem.isEmpty())
        return problem + u" from '"_s + text + u'\'';
    if (date != QrsJson::parseDate(QJsonValue(text)))
        return u"parseDate not deterministic for '%1'"_s.arg(text);
    return {};
}

// --- Checks of the filter builder ----------------------------------------------------------

/// A token of a QRS filter expression as the repository reads it: a quoted string (with `''`
/// standing for `'`), or a run of other characters up to a space, a quote or a parenthesis.
struct Token
{
    enum Kind { Bare, Quoted, Unterminated, Parenthesis } kind;
    QString text;
    friend bool operator==(const Token &, const Token &) = default;
};

QList<Token> tokenize(QStringView expression)
{
    QList<Token> tokens;
    qsizetype i = 0;
    const qsizetype n = expression.size();
    while (i < n) {
        const QChar c = expression.at(i);
        if (c == u' ') {
            ++i;
        } else if (c == u'(' || c == u')') {
            tokens.append({Token::Parenthesis, QString(c)});
            ++i;
        } else if (c == u'\'') {
            QString text;
            ++i;
            bool closed = false;
            while (i < n) {
                if (expression.at(i) == u'\'') {
                    if (i + 1 < n && expression.at(i + 1) == u'\'') {
                        text += u'\'';
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                text += expression.at(i++);
            }
            tokens.append({closed ? Token::Quoted : Token::Unterminated, text});
        } else {
            const qsizetype start = i;
            while (i < n && expression.at(i) != u' ' && expression.at(i) != u'\'' &&
                   expression.at(i) != u'(' && expression.at(i) != u')')
                ++i;
            tokens.append({Token::Bare, expression.mid(start, i - start).toString()});
        }
    }
    return tokens;
}

/// A value for a filter: quotes, URL specials, unicode, controls, attempts to break out.
QString randomFilterValue(Rng &rng)
{
    static const std::array pieces {
        u"Reload Sales"_s,
        u"'"_s,
        u"''"_s,
        u"' or name ne '"_s,
        u"') or (1 eq 1"_s,
        u"&"_s,
        u"#"_s,
        u"+"_s,
        u"%"_s,
        u"%27"_s,
        u"%2527"_s,
        u"="_s,
        u"&filter=id ne ''"_s,
        u"?"_s,
        u"/"_s,
        u"\\"_s,
        u"\""_s,
        u" or "_s,
        u" and "_s,
        u"("_s,
        u")"_s,
        u" "_s,
        u"Umsätze"_s,
        u"漢字"_s,
        u"😀"_s,
        QString(QChar(0xD800)),
        QString(QChar(0xDC00)),
        QString(QChar(0)),
        u"\n"_s,
        u"\t"_s,
        u"\x1b[31m"_s,
        u"\u202e"_s,
        u"\u2066"_s,
        u"\u00a0"_s,
        u"\ufeff"_s,
        u"\u2019"_s,
        u"ＩＤ"_s,
        u"xrfkey=ABCDEFGHIJKLMNOP"_s,
    };
    QString value;
    if (rng.chance(3)) {
        const qsizetype length = rng.between(100, 4000);
        return QString(length, rng.chance(50) ? u'a' : u'\'');
    }
    for (qsizetype n = rng.below(10); n > 0; --n) {
        if (rng.chance(15))
            value += QChar(char16_t(rng.between(1, 0xFFFF)));
        else
            value += rng.pick(pieces);
    }
    return value;
}

QString randomGuidLike(Rng &rng)
{
    QString guid;
    static const QString hex = u"0123456789abcdefABCDEF"_s;
    for (int i = 0; i < 36; ++i)
        guid += (i == 8 || i == 13 || i == 18 || i == 23) ? u'-' : hex.at(rng.below(hex.size()));
    if (rng.chance(20))
        guid = u'{' + guid + u'}';
    if (rng.chance(30)) { // spoil it: the builder must then never see it as a guid
        static const std::array spoilers {u" "_s,  u"'"_s,      u" or id ne x"_s, u"\n"_s,
                                          u"{"_s,  u"}"_s,      u"g"_s,           u"-"_s,
                                          u"０"_s, u"\u202e"_s, u"%20"_s,         u"+"_s};
        const qsizetype at = rng.below(guid.size() + 1);
        if (rng.chance(50))
            guid.insert(at, rng.pick(spoilers));
        else if (at < guid.size())
            guid.replace(at, 1, rng.pick(spoilers));
    }
    return guid;
}

qsizetype encodedLength(const QString &text)
{
    return QUrl::toPercentEncoding(text).size();
}

/// One term as the builder made it and what the repository must read back from it.
struct Term
{
    QString text;
    QList<Token> expected; ///< empty for a raw term (no structure to check)
};

QString checkFilterInput(Rng &rng, QByteArray &description)
{
    static const std::array fields {u"name"_s, u"id"_s, u"app.name"_s, u"tags.name"_s,
                                    u"ExecutionId"_s};
    static const std::array ops {u"eq"_s, u"ne"_s, u"sw"_s, u"ew"_s, u"so"_s};
    const bool raw = rng.chance(15); // arbitrary strings as terms: only the chunking is checked
    QList<Term> terms;
    for (qsizetype n = rng.pick(std::array<qsizetype, 6> {0, 1, 2, 5, 20, 60}); n > 0; --n) {
        const QString &field = rng.pick(fields);
        if (raw) {
            terms.append({randomFilterValue(rng), {}});
        } else if (rng.chance(30)) {
            // A guid goes in bare (without braces, lower case); anything else is quoted.
            const QString guid = randomGuidLike(rng);
            const QUuid uuid = QUuid::fromString(guid);
            const Token value = uuid.isNull()
                ? Token {Token::Quoted, guid}
                : Token {Token::Bare, uuid.toString(QUuid::WithoutBraces)};
            terms.append({QrsFilter::equalsGuid(field, guid),
                          {{Token::Bare, field}, {Token::Bare, u"eq"_s}, value}});
        } else {
            const QString &op = rng.pick(ops);
            const QString value = randomFilterValue(rng);
            const QString quoted = QrsFilter::quoted(value);
            if (quoted.count(u'\'') != value.count(u'\'') * 2 + 2 || !quoted.startsWith(u'\'') ||
                !quoted.endsWith(u'\'') || quoted.size() < 2 ||
                quoted.mid(1, quoted.size() - 2).replace(u"''"_s, u"'"_s) != value)
                return u"quoted('%1') gives %2"_s.arg(value, quoted);
            terms.append({QrsFilter::compare(field, op, value),
                          {{Token::Bare, field}, {Token::Bare, op}, {Token::Quoted, value}}});
        }
        description += terms.constLast().text.toUtf8().left(200) + " || ";
    }
    QStringList texts;
    for (const Term &term : terms) {
        texts.append(term.text);
        // Each term alone reads back as field, operator, value: nothing closes the quote early.
        if (!raw && tokenize(term.text) != term.expected)
            return u"the term %1 does not read back as its field, operator and value"_s.arg(
                term.text);
    }
    const int limit = int(
        rng.pick(std::array<qint64, 9> {-1, 0, 1, 10, 55, 200, 500, 3000, rng.between(0, 5000)}));
    description += "limit " + QByteArray::number(limit);

    const QList<QrsFilter::Chunk> chunks = QrsFilter::anyOf(texts, limit);
    if (texts.isEmpty() != chunks.isEmpty())
        return u"%1 terms gave %2 chunks"_s.arg(texts.size()).arg(chunks.size());
    qsizetype next = 0;
    for (const QrsFilter::Chunk &chunk : chunks) {
        if (chunk.first != next || chunk.count < 1 || chunk.first + chunk.count > texts.size())
            return u"a chunk covers terms %1+%2 where term %3 was next"_s.arg(chunk.first)
                .arg(chunk.count)
                .arg(next);
        if (chunk.expression != texts.mid(chunk.first, chunk.count).join(u" or "_s))
            return u"chunk %1 is not its terms joined with or"_s.arg(chunk.first);
        const qsizetype length = encodedLength(chunk.expression);
        if (length > limit && chunk.count > 1)
            return u"chunk %1 of %2 terms is %3 encoded, over the limit %4"_s.arg(chunk.first)
                .arg(chunk.count)
                .arg(length)
                .arg(limit);
        if (!raw) {
            // The whole chunk reads back as exactly its terms: no value escapes its quotes.
            QList<Token> expected;
            for (qsizetype i = chunk.first; i < chunk.first + chunk.count; ++i) {
                if (i > chunk.first)
                    expected.append({Token::Bare, u"or"_s});
                expected += terms.at(i).expected;
            }
            if (tokenize(chunk.expression) != expected)
                return u"chunk %1 does not read back as its terms: %2"_s.arg(chunk.first)
                    .arg(chunk.expression.left(300));
        }
        next += chunk.count;
    }
    if (next != texts.size())
        return u"the chunks cover %1 of %2 terms"_s.arg(next).arg(texts.size());
    return {};
}

// --- Checks of the reply handler -----------------------------------------------------------

QList<QNetworkReply::NetworkError> allNetworkErrors()
{
    QList<QNetworkReply::NetworkError> errors;
    const QMetaEnum meta = QMetaEnum::fromType<QNetworkReply::NetworkError>();
    for (int i = 0; i < meta.keyCount(); ++i)
        errors.append(QNetworkReply::NetworkError(meta.value(i)));
    return errors;
}

bool isTransportError(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied;
}

struct ReplyInput
{
    QrsReply::Answer answer;
    QByteArray body;
    QrsReply::Expect expect = QrsReply::Expect::Json;
    ConnectionProfile profile;
    bool tailMarker = false;
};

qint64 randomCount(Rng &rng)
{
    return rng.pick(std::array<qint64, 10> {0, 1, 400, 65536, 64 * 1024 * 1024, 1LL << 31,
                                            1LL << 53, -1, std::numeric_limits<qint64>::max(),
                                            rng.between(0, 1LL << 40)});
}

std::chrono::milliseconds randomDuration(Rng &rng)
{
    // Up to about 300 years: beyond that std::chrono::round() to seconds itself overflows
    // (see the report for an input of milliseconds::max()).
    return std::chrono::milliseconds(rng.pick(std::array<qint64, 9> {
        0, 1, 499, 500, 1500, 30'000, -5, 10'000'000'000'000LL, rng.between(0, 1LL << 36)}));
}

ReplyInput randomReply(Rng &rng, const QList<QByteArray> &corpus,
                       const QList<QNetworkReply::NetworkError> &networkErrors)
{
    static const std::array hosts {u"qlik.acme.com"_s, u"10.0.0.5"_s, u"[::1]"_s,
                                   u"xn--mnchen-3ya.example"_s, u"localhost"_s};
    static const std::array paths {
        u"/opcon/qrs/about"_s,
        u"/opcon/qrs/executionresult"_s,
        u"/qrs/reloadtask/full"_s,
        u"/opcon/qrs/task/6f1b0e52-8c3a-4d9e-b7a1-2c5d8e9f0a13/start/synchronous"_s,
        u"/opcon/qrs/ReloadTask/6f1b0e52-8c3a-4d9e-b7a1-2c5d8e9f0a13/scriptlog"_s,
        u"/opcon/qrs/download/reloadtask/c0ffee00/log.txt"_s};
    static const std::array extraQueries {QByteArray(""), QByteArray("filter=name%20eq%20'x'&"),
                                          QByteArray("fileReferenceId=0&")};
    static const std::array contentTypes {u""_s,
                                          u"application/json"_s,
                                          u"application/json; charset=utf-8"_s,
                                          u"text/html; charset=utf-8"_s,
                                          u"TEXT/HTML"_s,
                                          u"text/plain"_s,
                                          u"application/xhtml+xml"_s,
                                          u"text/html-but-not"_s,
                                          u"\u0000\u202e"_s};
    static const std::array locations {u""_s, u"/opcon/login"_s,
                                       u"/internal_windows_authentication/"_s,
                                       u"/opcon/internal_forms_authentication/"_s, u"/"_s};
    static const std::array sslErrors {
        u"The issuer certificate of a locally looked up certificate could not be found"_s,
        u"The host name did not match any of the valid hosts for this certificate"_s,
        u"The certificate has expired"_s, u""_s, u"\u202e\n"_s};
    static const std::array users {u"ACME\\svc_reload"_s,
                                   u"user@acme.com"_s,
                                   u"O'Brien"_s,
                                   u"Jürgen 漢字"_s,
                                   u""_s,
                                   u"%1 %2"_s};
    static const std::array statuses {0,   100, 199, 200, 201, 204, 299, 300, 301,
                                      302, 304, 307, 399, 400, 401, 403, 404, 405,
                                      429, 499, 500, 502, 503, 504, 599, 999};

    ReplyInput in;
    QUrl url;
    url.setScheme(rng.chance(80) ? u"https"_s : u"http"_s);
    url.setHost(rng.pick(hosts));
    url.setPort(int(rng.pick(std::array<qint64, 4> {-1, 443, 4242, 65535})));
    url.setPath(rng.pick(paths));
    if (rng.chance(20))
        url.setUserInfo(u"svc:"_s + Password);
    url.setQuery(QString::fromLatin1(QByteArray(rng.pick(extraQueries) + XrfQuery)));
    if (rng.chance(10))
        url.setFragment(u"frag"_s);
    in.answer.url = url;
    in.answer.httpStatus = rng.chance(70) ? rng.pick(statuses) : int(rng.between(0, 999));
    in.answer.networkError = rng.chance(50) ? QNetworkReply::NoError : rng.pick(networkErrors);
    in.answer.contentType = rng.pick(contentTypes);
    in.answer.locationPath = rng.pick(locations);
    if (rng.chance(20)) {
        // Any path: answerOf() keeps only the path of the Location header, so never a query.
        // (as a URL path it is valid UTF-16: the round trip replaces lone surrogates)
        in.answer.locationPath = QString::fromUtf8(QString(u'/' + randomFilterValue(rng)).toUtf8());
        in.answer.locationPath.remove(u"xrfkey"_s, Qt::CaseInsensitive);
        in.answer.locationPath.remove(QLatin1StringView(XrfKey));
    }
    for (qsizetype n = rng.chance(70) ? 0 : rng.between(1, 3); n > 0; --n)
        in.answer.sslErrors.append(rng.pick(sslErrors));
    in.answer.interruption =
        rng.chance(60) ? QrsReply::Interruption::None : QrsReply::Interruption(rng.between(1, 4));
    in.answer.bytesReceived = randomCount(rng);
    in.answer.sizeLimit = randomCount(rng);
    in.answer.deadline = randomDuration(rng);
    in.expect = rng.chance(70) ? QrsReply::Expect::Json : QrsReply::Expect::Text;

    const QByteArray &seed = rng.pick(corpus);
    switch (rng.below(4)) {
    case 0:
        in.body = seed;
        break;
    case 1:
    case 2:
        in.body = mutated(rng, corpus, seed);
        break;
    case 3:
        for (qsizetype n = rng.below(600); n > 0; --n)
            in.body += char(rng.below(256));
        break;
    }
    if (in.body.size() > 64 * 1024)
        in.body.truncate(64 * 1024);
    // The server's words beyond the excerpt must never be shown.
    if (rng.chance(30)) {
        if (in.body.size() < 400)
            in.body += QByteArray(400 - in.body.size(), 'x');
        in.body.insert(rng.between(400, in.body.size()), TailMarker.toLatin1());
        in.tailMarker = true;
    }

    in.profile.name = u"Fuzz"_s;
    in.profile.serverUrl = QUrl(u"https://qlik.acme.com"_s);
    in.profile.virtualProxyPrefix = rng.chance(80) ? u"opcon"_s : QString();
    in.profile.userHeaderName = u"opcon-usr"_s;
    in.profile.userId = rng.pick(users);
    in.profile.requestTimeout = randomDuration(rng);
    return in;
}

QString checkReply(const ReplyInput &in)
{
    const QrsReply::Answer &answer = in.answer;
    const auto error = QrsReply::check(answer, in.body, in.expect, in.profile);
    const auto again = QrsReply::check(answer, in.body, in.expect, in.profile);
    if (error.has_value() != again.has_value() ||
        (error && (error->message != again->message || error->category != again->category)))
        return u"not deterministic"_s;

    const int status = answer.httpStatus;
    const bool is2xx = status >= 200 && status < 300;
    const bool html = answer.contentType.toLower().contains(u"text/html"_s) ||
        (in.expect == QrsReply::Expect::Json && in.body.trimmed().startsWith('<'));
    const bool clean = answer.interruption == QrsReply::Interruption::None &&
        answer.networkError == QNetworkReply::NoError;
    if (is2xx && clean && !html) {
        if (error)
            return u"a complete 2xx answer gave an error: "_s + error->message;
        return {};
    }
    const bool mustFail = !is2xx || answer.interruption != QrsReply::Interruption::None ||
        isTransportError(answer.networkError) || html;
    if (mustFail && !error)
        return u"HTTP %1 (network error %2, interruption %3) gave no error"_s.arg(status)
            .arg(int(answer.networkError))
            .arg(int(answer.interruption));
    if (!error)
        return {};
    const QString &message = error->message;
    if (message.trimmed().isEmpty())
        return u"an error without a message"_s;
    if (!message.isValidUtf16())
        return u"the message is not valid UTF-16: "_s + message;
    if (error->httpStatus != 0 && error->httpStatus != status)
        return u"the error carries HTTP %1 for an answer of %2"_s.arg(error->httpStatus)
            .arg(status);

    // The key: never, not even when the server's text echoes it (see serverEchoOfTheKey).
    const bool bodyNamesXrfkey = in.body.left(400).toLower().contains("xrfkey");
    if (message.contains(QLatin1StringView(XrfKey)))
        return u"the message shows the xrfkey: "_s + message;
    if (!bodyNamesXrfkey && message.contains(u"xrfkey"_s, Qt::CaseInsensitive))
        return u"the message names the xrfkey: "_s + message;
    if (message.contains(answer.url.query()))
        return u"the message shows the query string: "_s + message;
    if (message.contains(Password))
        return u"the message shows the URL's password: "_s + message;
    if (in.tailMarker && message.contains(TailMarker))
        return u"the message shows the body beyond its 400-character excerpt: "_s + message;
    // Templates are short; the excerpt is at most 400 characters and an ellipsis.
    qsizetype allowed = 1000 + 401 + answer.url.toString().size() + in.profile.userId.size() * 2 +
        in.profile.virtualProxyPrefix.size() + in.profile.userHeaderName.size() +
        answer.locationPath.size() + answer.sslErrors.join(u"; "_s).size();
    if (message.size() > allowed)
        return u"a message of %1 characters"_s.arg(message.size());
    return {};
}

} // namespace

class TestFuzz final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jsonParsers();
    void filterBuilder();
    void replyHandler();
    void serverEchoOfTheKey();

private:
    /// The inputs of one target: [0, count) or only QTR_FUZZ_INDEX.
    [[nodiscard]] std::pair<int, int> range(Target target) const;

    QList<QByteArray> m_corpus;
    QStringList m_corpusNames;
};

std::pair<int, int> TestFuzz::range(Target target) const
{
    const int count = settings().share(target);
    if (settings().only < 0)
        return {0, count};
    if (settings().only >= count)
        return {0, 0};
    return {int(settings().only), int(settings().only) + 1};
}

void TestFuzz::initTestCase()
{
    const QDir dir(QStringLiteral(QTR_TEST_DATA_DIR "/fuzz"));
    const QStringList names = dir.entryList(QDir::Files, QDir::Name);
    for (const QString &name : names) {
        if (name == u"README.md")
            continue;
        QFile file(dir.filePath(name));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        m_corpus.append(file.readAll());
        m_corpusNames.append(name);
    }
    QVERIFY2(m_corpus.size() >= 30, qPrintable(dir.path()));
    installFatalSignalReport();
    qInfo("seed 0x%llx, %d inputs (json %d, filter %d, reply %d)%s, %lld seeds",
          static_cast<unsigned long long>(settings().seed), settings().inputs,
          settings().share(Target::Json), settings().share(Target::Filter),
          settings().share(Target::Reply),
          settings().only >= 0 ? qPrintable(u", only input %1"_s.arg(settings().only)) : "",
          static_cast<long long>(m_corpus.size()));
}

void TestFuzz::jsonParsers()
{
    using namespace QrsJson;
    const auto [begin, end] = range(Target::Json);
    std::array<ParserStats, 7> stats {};
    QElapsedTimer total;
    total.start();
    const CpuTimer cpu;
    qint64 slowest = 0;
    int slowestIndex = -1;
    for (int index = begin; index < end; ++index) {
        setContext(Target::Json, index);
        Rng rng = inputRng(settings().seed, Target::Json, index);
        // The seeds as they are first, then mutations of them.
        const QByteArray body = index < m_corpus.size()
            ? m_corpus.at(index)
            : mutated(rng, m_corpus, m_corpus.at(rng.below(m_corpus.size())));

        const CpuTimer timer;
        QString problem = checkParser<QList<ExecutionResult>>(
            u"parseExecutionResults", parseExecutionResults, listOf<ExecutionResult>(saneResult),
            dumpList<ExecutionResult>(dumpResult), body, stats[0]);
        if (problem.isEmpty())
            problem = checkParser<QList<ReloadTask>>(
                u"parseTasks", parseTasks, listOf<ReloadTask>(saneTask),
                dumpList<ReloadTask>(dumpTask), body, stats[1]);
        if (problem.isEmpty())
            problem = checkParser<AboutInfo>(
                u"parseAbout", parseAbout,
                [](const AboutInfo &about, Strings &strings) {
                    strings.check(u"buildVersion", about.buildVersion);
                    strings.check(u"buildDate", about.buildDate);
                    return about.buildVersion.isEmpty() ? u"an empty buildVersion"_s : QString();
                },
                [](const AboutInfo &a) {
                    return QStringList {a.buildVersion, a.buildDate, a.databaseProvider,
                                        QString::number(a.nodeType),
                                        QString::number(a.sharedPersistence)}
                        .join(u'|');
                },
                body, stats[2]);
        if (problem.isEmpty())
            problem = checkParser<QString>(
                u"parseStartResponse", parseStartResponse,
                [](const QString &guid, Strings &) {
                    return isGuid(guid) && guid.size() == 36
                        ? QString()
                        : u"the session id '%1' is no bare guid"_s.arg(guid);
                },
                [](const QString &s) { return s; }, body, stats[3]);
        if (problem.isEmpty())
            problem = checkParser<QString>(
                u"parseValue", parseValue,
                [](const QString &value, Strings &strings) {
                    strings.check(u"value", value);
                    return QString();
                },
                [](const QString &s) { return s; }, body, stats[4]);
        if (problem.isEmpty())
            problem = checkParser<ExecutionSession>(
                u"parseExecutionSession", parseExecutionSession,
                [](const ExecutionSession &session, Strings &strings) {
                    strings.check(u"id", session.id);
                    strings.check(u"taskId", session.taskId);
                    strings.check(u"appId", session.appId);
                    return session.id.isEmpty() ? u"a session without id"_s : QString();
                },
                dumpSession, body, stats[5]);
        if (problem.isEmpty())
            problem = checkParser<QList<ExecutionSession>>(
                u"parseExecutionSessions", parseExecutionSessions,
                [](const QList<ExecutionSession> &sessions, Strings &) {
                    for (const ExecutionSession &session : sessions) {
                        if (session.id.isEmpty())
                            return u"a session without id"_s;
                    }
                    return QString();
                },
                dumpList<ExecutionSession>(dumpSession), body, stats[6]);
        // The string helpers on a piece of the input.
        if (problem.isEmpty()) {
            const qsizetype at = rng.below(body.size() + 1);
            problem = checkStringFunctions(QString::fromUtf8(body.mid(at, rng.between(0, 48))));
        }
        if (problem.isEmpty())
            problem = checkStringFunctions(randomGuidLike(rng));

        const qint64 elapsed = timer.elapsed();
        if (problem.isEmpty() && elapsed > SlowInputMs)
            problem = u"took %1 ms of CPU time"_s.arg(elapsed);
        if (!problem.isEmpty())
            QFAIL(failureReport(Target::Json, index, body, problem).constData());
        if (elapsed > slowest) {
            slowest = elapsed;
            slowestIndex = index;
        }
    }
    static const std::array names {"parseExecutionResults", "parseTasks", "parseAbout",
                                   "parseStartResponse",    "parseValue", "parseExecutionSession",
                                   "parseExecutionSessions"};
    for (size_t i = 0; i < stats.size(); ++i)
        qInfo("%-22s accepted %6d, refused %6d", names[i], stats[i].accepted, stats[i].refused);
    qInfo("%d inputs in %lld ms (%lld ms CPU); slowest: input %d, %lld ms CPU", end - begin,
          static_cast<long long>(total.elapsed()), static_cast<long long>(cpu.elapsed()),
          slowestIndex, static_cast<long long>(slowest));
    if (settings().only < 0 && end - begin >= 1000) {
        // Both ways through every parser, or the mutations miss what they are for.
        for (size_t i = 0; i < stats.size(); ++i)
            QVERIFY2(stats[i].accepted > 0 && stats[i].refused > 0, names[i]);
    }
}

void TestFuzz::filterBuilder()
{
    const auto [begin, end] = range(Target::Filter);
    QElapsedTimer total;
    total.start();
    const CpuTimer cpu;
    for (int index = begin; index < end; ++index) {
        setContext(Target::Filter, index);
        Rng rng = inputRng(settings().seed, Target::Filter, index);
        QByteArray description;
        const CpuTimer timer;
        QString problem = checkFilterInput(rng, description);
        if (problem.isEmpty() && timer.elapsed() > SlowInputMs)
            problem = u"took %1 ms of CPU time"_s.arg(timer.elapsed());
        if (!problem.isEmpty())
            QFAIL(failureReport(Target::Filter, index, description, problem).constData());
    }
    qInfo("%d inputs in %lld ms (%lld ms CPU)", end - begin,
          static_cast<long long>(total.elapsed()), static_cast<long long>(cpu.elapsed()));
}

void TestFuzz::replyHandler()
{
    const auto [begin, end] = range(Target::Reply);
    const QList<QNetworkReply::NetworkError> networkErrors = allNetworkErrors();
    QElapsedTimer total;
    total.start();
    const CpuTimer cpu;
    int errors = 0;
    for (int index = begin; index < end; ++index) {
        setContext(Target::Reply, index);
        Rng rng = inputRng(settings().seed, Target::Reply, index);
        const ReplyInput in = randomReply(rng, m_corpus, networkErrors);
        const CpuTimer timer;
        QString problem = checkReply(in);
        if (problem.isEmpty() && timer.elapsed() > SlowInputMs)
            problem = u"took %1 ms of CPU time"_s.arg(timer.elapsed());
        if (!problem.isEmpty()) {
            const QByteArray description = "HTTP " + QByteArray::number(in.answer.httpStatus) +
                ", network error " + QByteArray::number(int(in.answer.networkError)) +
                ", interruption " + QByteArray::number(int(in.answer.interruption)) +
                ", content type '" + in.answer.contentType.toUtf8() + "', url " +
                in.answer.url.toEncoded() + ", body: " + in.body;
            QFAIL(failureReport(Target::Reply, index, description, problem).constData());
        }
        if (QrsReply::check(in.answer, in.body, in.expect, in.profile))
            ++errors;
    }
    qInfo("%d inputs in %lld ms (%lld ms CPU), %d judged errors", end - begin,
          static_cast<long long>(total.elapsed()), static_cast<long long>(cpu.elapsed()), errors);
}

void TestFuzz::serverEchoOfTheKey()
{
    // A server or proxy that echoes the request line in its error text: the handler quotes the
    // server's words, and with them the key of the request.
    QrsReply::Answer answer;
    answer.url = QUrl(u"https://qlik.acme.com/opcon/qrs/about?"_s + QLatin1StringView(XrfQuery));
    answer.httpStatus = 400;
    const QByteArray body = "Bad Request: GET /opcon/qrs/about?" + XrfQuery + " HTTP/1.1";
    ConnectionProfile profile;
    profile.serverUrl = QUrl(u"https://qlik.acme.com"_s);
    profile.virtualProxyPrefix = u"opcon"_s;
    profile.userHeaderName = u"opcon-usr"_s;
    profile.userId = u"svc"_s;
    const auto error = QrsReply::check(answer, body, QrsReply::Expect::Json, profile);
    QVERIFY(error);
    QVERIFY2(!error->message.contains(QLatin1StringView(XrfKey)), qPrintable(error->message));
}

QTEST_GUILESS_MAIN(TestFuzz)
#include "tst_fuzz.moc"
