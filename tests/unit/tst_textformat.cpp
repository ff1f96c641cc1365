#include "textformat.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTextFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forTerminal_data();
    void forTerminal();
    void forTerminalLeavesNothingUnsafe();
    void forTerminalIsIdempotent();
    void lastLineViews_data();
    void lastLineViews();
    void lastLineViewsOfHugeLine();
};

void TestTextFormat::forTerminal_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << u"Reload Sales"_s << u"Reload Sales"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("umlaut, quotes, backslash") << u"Sales & Marketing 'Q1' #1 + Ü ACME\\svc"_s
                                               << u"Sales & Marketing 'Q1' #1 + Ü ACME\\svc"_s;
    QTest::newRow("emoji (surrogate pair)") << u"Load 📈 done"_s << u"Load 📈 done"_s;
    QTest::newRow("LF and CR: a forged line")
        << u"Payroll\r\n2026-01-01T00:00:00+00:00 task 'Payroll' ended FinishedSuccess"_s
        << u"Payroll\\r\\n2026-01-01T00:00:00+00:00 task 'Payroll' ended FinishedSuccess"_s;
    QTest::newRow("tab") << u"a\tb"_s << u"a\\tb"_s;
    QTest::newRow("clear screen") << u"x\x1b[2Jy"_s << u"x\\e[2Jy"_s;
    QTest::newRow("OSC window title with BEL") << u"\x1b]0;owned\x07"_s << u"\\e]0;owned\\x07"_s;
    QTest::newRow("BEL alone") << u"ding\x07"_s << u"ding\\x07"_s;
    QTest::newRow("NUL") << QString(QChar(0)) << u"\\x00"_s;
    QTest::newRow("unit separator") << u"a\x1f"_s << u"a\\x1f"_s;
    QTest::newRow("DEL") << u"a\x7f"_s << u"a\\x7f"_s;
    QTest::newRow("C1 CSI") << u"a\u009b2Jb"_s << u"a\\u009b2Jb"_s;
    QTest::newRow("C1 first and last") << u"\u0080\u009f"_s << u"\\u0080\\u009f"_s;
    QTest::newRow("NBSP is not C1") << u"a\u00a0b"_s << u"a\u00a0b"_s;
    QTest::newRow("bidi override") << u"Payroll\u202egnp.exe"_s << u"Payroll\\u202egnp.exe"_s;
    QTest::newRow("bidi embeddings and isolates")
        << u"\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069"_s
        << u"\\u202a\\u202b\\u202c\\u202d\\u2066\\u2067\\u2068\\u2069"_s;
    QTest::newRow("neighbours of the bidi ranges")
        << u"\u2029\u202f\u2065\u206a"_s << u"\u2029\u202f\u2065\u206a"_s;
}

void TestTextFormat::forTerminal()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(TextFormat::forTerminal(text), expected);
}

void TestTextFormat::forTerminalLeavesNothingUnsafe()
{
    // Every BMP code unit once: nothing the terminal acts on survives.
    QString all;
    for (char16_t c = 0; c < 0xd800; ++c)
        all.append(QChar(c));
    const QString escaped = TextFormat::forTerminal(all);
    for (const QChar c : escaped)
        QVERIFY2(!TextFormat::isTerminalUnsafe(c.unicode()),
                 qPrintable(u"U+%1"_s.arg(c.unicode(), 4, 16, QLatin1Char('0'))));
    const QByteArray bytes = escaped.toUtf8();
    for (const char byte : bytes)
        QVERIFY(uchar(byte) >= 0x20 && uchar(byte) != 0x7f);
}

void TestTextFormat::forTerminalIsIdempotent()
{
    const QString hostile = u"a\r\nb\x1b]0;t\x07\u009b\u202e\\e\\x07"_s;
    const QString once = TextFormat::forTerminal(hostile);
    QCOMPARE(TextFormat::forTerminal(once), once);
}

void TestTextFormat::lastLineViews_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");

    QTest::newRow("empty") << QString() << 3;
    QTest::newRow("only line ends") << u"\r\n\n\r"_s << 3;
    QTest::newRow("one line") << u"abc"_s << 3;
    QTest::newRow("CRLF, fewer than asked") << u"a\r\nb\r\nc\r\n"_s << 5;
    QTest::newRow("CRLF, more than asked") << u"a\r\nb\r\nc\r\nd\r\n"_s << 2;
    QTest::newRow("LF and lone CR") << u"a\nb\rc\nd"_s << 3;
    QTest::newRow("empty lines inside") << u"a\n\n\nb\n\n"_s << 3;
    QTest::newRow("leading empty line") << u"\na"_s << 5;
    QTest::newRow("count 1") << u"a\r\nb\r\n"_s << 1;
    QTest::newRow("count 0") << u"a\r\nb"_s << 0;
}

void TestTextFormat::lastLineViews()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    // The plain definition: split at every line end, drop trailing empty lines, keep the tail.
    QStringList expected;
    if (count > 0) {
        static const QRegularExpression lineEnd(u"\r\n|\r|\n"_s);
        expected = text.split(lineEnd);
        while (!expected.isEmpty() && expected.constLast().isEmpty())
            expected.removeLast();
        if (expected.size() > count)
            expected = expected.mid(expected.size() - count);
    }
    QStringList views;
    for (const QStringView line : TextFormat::lastLineViews(text, count))
        views.append(line.toString());
    QCOMPARE(views, expected);
}

void TestTextFormat::lastLineViewsOfHugeLine()
{
    QString text = u"first\r\n"_s;
    text += QString(5'000'000, u'x');
    text += u"\r\n"_s;
    const QList<QStringView> lines = TextFormat::lastLineViews(text, 40);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), u"first"_s);
    QCOMPARE(lines.at(1).size(), 5'000'000);
    // A view into the text, not a copy.
    QCOMPARE(lines.at(1).data(), text.constData() + 7);
}

QTEST_GUILESS_MAIN(TestTextFormat)
#include "tst_textformat.moc"
