// The app by keyboard alone, as a screen reader hears it, in light and dark: Tab reaches every
// control of the main window and of each dialog, each with an accessible name, in every language;
// every command has a menu with a mnemonic, and no two controls shown together share one; runs are
// chosen and acted on by keys; status colours read on light and dark bases and never speak alone;
// the appearance setting applies at once.
#include "appearance.h"
#include "appfixture.h"
#include "localization.h"
#include "mainwindow.h"
#include "profilesdialog.h"
#include "profilesecrets.h"
#include "profilesession.h"
#include "runsmodel.h"
#include "runstyle.h"
#include "settingsdialog.h"
#include "taskbrowserdialog.h"

#include <memory>
#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QtTest>
#include <QWidgetAction>

using namespace Qt::StringLiterals;

namespace {

/// What a screen reader calls the control: its accessible name, else the label it is the buddy
/// of (on Linux a combo box's Name is its value, and the label comes as a relation).
QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(widget);
    if (!interface)
        return {};
    if (!widget->accessibleName().isEmpty())
        return widget->accessibleName();
    const auto labels = interface->relations(QAccessible::Label);
    for (const auto &[label, relation] : labels) {
        if (const QString text = label->text(QAccessible::Name).trimmed(); !text.isEmpty())
            return text;
    }
    // A combo box's value is not its name: "Demo", said alone, does not tell what it chooses.
    if (qobject_cast<QComboBox *>(widget))
        return {};
    return interface->text(QAccessible::Name).trimmed();
}

/// The name and the role: what tells two controls apart when heard.
QString heardAs(QWidget *widget)
{
    QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(widget);
    return accessibleName(widget) + u" ("_s +
        (interface ? QString::number(int(interface->role()), 16) : QString()) + u')';
}

QString describe(QWidget *widget)
{
    return QString::fromLatin1(widget->metaObject()->className()) + u" "_s + widget->objectName();
}

/// The controls of `top` that take focus by Tab and can be used now.
QSet<QWidget *> tabStops(QWidget *top)
{
    QSet<QWidget *> stops;
    const auto children = top->findChildren<QWidget *>();
    for (QWidget *child : children) {
        if ((child->focusPolicy() & Qt::TabFocus) && child->isVisibleTo(top) &&
            child->isEnabled() && child->window() == top && !child->focusProxy())
            stops.insert(child);
    }
    return stops;
}

/// Presses Tab from the first control of `top` until focus comes round again; the controls
/// reached, in order.
QList<QWidget *> walkWithTab(QWidget *top)
{
    QList<QWidget *> reached;
    QWidget *first = QApplication::focusWidget();
    if (!first || first->window() != top)
        return reached;
    reached.append(first);
    for (int i = 0; i < 200; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (!now || now == first || reached.contains(now))
            break;
        reached.append(now);
    }
    return reached;
}

/// The letter of the text's mnemonic (after a single &), in lower case; empty without one.
QString mnemonicOf(const QString &text)
{
    static const QRegularExpression mnemonic(u"(?<!&)&([^&\\s])"_s);
    const auto match = mnemonic.match(QString(text).replace(u"&&"_s, QString()));
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

/// The languages of the app, as test data.
void languages()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : Localization::languages())
        QTest::newRow(qPrintable(language)) << language;
}

/// WCAG's contrast ratio of two colours (1 to 21).
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &colour) {
        const auto channel = [](double value) {
            return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
            0.0722 * channel(colour.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void mainWindowIsWalkedByTabWithNames();
    void everyCommandHasAKeyboardPath_data();
    void everyCommandHasAKeyboardPath();
    void runsAreChosenAndActedOnByKeys();
    void dialogsAreWalkedByTabWithNames_data();
    void dialogsAreWalkedByTabWithNames();
    void statusIsNeverColourAlone();
    void statusColoursReadOnLightAndDark();
    void appearanceAppliesAtOnce();
    void settingsDialogChoosesLanguageAndAppearance();
    void unknownLanguageOrSchemeInTheFileIsTheSystems();

private:
    /// Walks `top` from its first control and fails on an unnamed or unreached control.
    void checkTabWalk(QWidget *top);
    /// Fails when two controls shown at once in `top` have the same mnemonic.
    void checkMnemonics(QWidget *top);
    [[nodiscard]] RunsModel *runsModel() const;

    AppFixture m_app;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibility::initTestCase()
{
    QString error;
    QVERIFY2(m_app.setUp(&error), qPrintable(error));
    m_window = std::make_unique<MainWindow>(m_app.workspace());
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_app.workspace().startOnActive(TaskRef::byName(u"Fast Success"_s)));
    QVERIFY(m_app.workspace().startOnActive(TaskRef::byName(u"Fast Fail"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(runsModel()->rowCount(), 2, 10000);
}

void TestAccessibility::cleanupTestCase()
{
    m_window.reset();
}

RunsModel *TestAccessibility::runsModel() const
{
    return m_window->findChild<RunsModel *>();
}

void TestAccessibility::checkTabWalk(QWidget *top)
{
    const QList<QWidget *> reached = walkWithTab(top);
    QVERIFY2(!reached.isEmpty(), qPrintable(describe(top) + u": nothing has focus"_s));
    QStringList unnamed;
    QHash<QString, QWidget *> named;
    QStringList ambiguous;
    for (QWidget *widget : reached) {
        const QString heard = heardAs(widget);
        if (accessibleName(widget).isEmpty())
            unnamed.append(describe(widget));
        else if (QWidget *other = named.value(heard); other && other->isVisibleTo(top))
            ambiguous.append(heard + u": "_s + describe(other) + u", "_s + describe(widget));
        named.insert(heard, widget);
    }
    QVERIFY2(unnamed.isEmpty(),
             qPrintable(u"Controls without an accessible name: "_s + unnamed.join(u", "_s)));
    QVERIFY2(
        ambiguous.isEmpty(),
        qPrintable(u"Controls a screen reader cannot tell apart: "_s + ambiguous.join(u"; "_s)));
    QStringList unreached;
    const QSet<QWidget *> stops = tabStops(top);
    for (QWidget *stop : stops) {
        if (!reached.contains(stop))
            unreached.append(describe(stop));
    }
    QVERIFY2(unreached.isEmpty(),
             qPrintable(u"Controls Tab does not reach: "_s + unreached.join(u", "_s)));
}

void TestAccessibility::mainWindowIsWalkedByTabWithNames()
{
    // Each page of the window: the runs and the history.
    auto *pages = m_window->findChild<QTabWidget *>(u"viewTabs"_s);
    QVERIFY(pages);
    for (int page = 0; page < pages->count(); ++page) {
        pages->setCurrentIndex(page);
        pages->tabBar()->setFocus(Qt::OtherFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), pages->tabBar());
        checkTabWalk(m_window.get());
        if (QTest::currentTestFailed())
            return;
    }
    pages->setCurrentIndex(0);
}

void TestAccessibility::everyCommandHasAKeyboardPath_data()
{
    languages();
}

void TestAccessibility::everyCommandHasAKeyboardPath()
{
    // A window built in the language, as the app builds it after installing the translators.
    QFETCH(QString, language);
    QCOMPARE(Localization::install(language), language);
    MainWindow window(m_app.workspace());
    Localization::install(u"en"_s);

    // Each menu opens by Alt and a letter, each of its commands by a letter of its own.
    QSet<QString> menuKeys;
    QSet<QAction *> inMenus;
    const auto menus = window.menuBar()->actions();
    for (QAction *menuAction : menus) {
        const QString title = mnemonicOf(menuAction->text());
        QVERIFY2(!title.isEmpty(), qPrintable(menuAction->text()));
        QVERIFY2(!menuKeys.contains(title), qPrintable(menuAction->text()));
        menuKeys.insert(title);
        QSet<QString> keys;
        const auto actions = menuAction->menu()->actions();
        for (QAction *action : actions) {
            if (action->isSeparator())
                continue;
            inMenus.insert(action);
            const QString key = mnemonicOf(action->text());
            QVERIFY2(!key.isEmpty(), qPrintable(action->text()));
            QVERIFY2(!keys.contains(key),
                     qPrintable(u"Two commands of "_s + menuAction->text() + u" on "_s + key));
            keys.insert(key);
        }
    }
    // The toolbar's buttons take no focus: their commands are in the menus.
    const auto toolbars = window.findChildren<QToolBar *>();
    for (QToolBar *toolbar : toolbars) {
        const auto actions = toolbar->actions();
        for (QAction *action : actions) {
            if (!action->isSeparator() && !action->text().isEmpty() &&
                !qobject_cast<QWidgetAction *>(action))
                QVERIFY2(inMenus.contains(action), qPrintable(action->text()));
        }
    }
}

void TestAccessibility::runsAreChosenAndActedOnByKeys()
{
    m_window->findChild<QTabWidget *>(u"viewTabs"_s)->setCurrentIndex(0);
    auto *runsView = m_window->findChild<QTreeView *>(u"runsView"_s);
    runsView->setFocus(Qt::OtherFocusReason);
    runsView->setCurrentIndex({});
    QTest::keyClick(runsView, Qt::Key_Home);
    QTRY_VERIFY(runsView->currentIndex().isValid());
    QVERIFY(runsView->selectionModel()->isRowSelected(runsView->currentIndex().row(),
                                                      runsView->currentIndex().parent()));
    // The details pane shows the run the keys chose.
    const QString task = runsView->currentIndex().siblingAtColumn(0).data().toString();
    auto *title = m_window->findChild<QLabel *>(u"titleLabel"_s);
    QVERIFY(title);
    QTRY_VERIFY2(title->text().contains(task), qPrintable(title->text() + u" / "_s + task));
    QTest::keyClick(runsView, Qt::Key_Down);
    QTRY_VERIFY(runsView->currentIndex().row() == 1);

    // The context menu opens from the keyboard, and Escape closes it.
    for (const QKeyCombination key : {QKeyCombination(Qt::Key_Menu), Qt::SHIFT | Qt::Key_F10}) {
        QTest::keyClick(runsView, key.key(), key.keyboardModifiers());
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!QApplication::activePopupWidget());
    }
}

void TestAccessibility::dialogsAreWalkedByTabWithNames_data()
{
    QTest::addColumn<QString>("dialog");
    QTest::addColumn<QString>("language");
    for (const QString &language : Localization::languages()) {
        for (const char *dialog : {"settings", "profiles", "task browser"}) {
            QTest::addRow("%s, %s", dialog, qPrintable(language))
                << QString::fromLatin1(dialog) << language;
        }
    }
}

void TestAccessibility::dialogsAreWalkedByTabWithNames()
{
    QFETCH(QString, dialog);
    QFETCH(QString, language);
    QCOMPARE(Localization::install(language), language);
    const auto backToEnglish = qScopeGuard([] { Localization::install(u"en"_s); });
    ProfileSecrets secrets(u"qtr-accessibility-test"_s);
    std::unique_ptr<QDialog> shown;
    if (dialog == "settings"_L1)
        shown = std::make_unique<SettingsDialog>(m_app.settings(), m_window.get());
    else if (dialog == "profiles"_L1)
        shown = std::make_unique<ProfilesDialog>(m_app.profiles(), secrets, m_window.get());
    else
        shown = std::make_unique<TaskBrowserDialog>(*m_app.activeSession(), m_window.get());
    shown->show();
    QVERIFY(QTest::qWaitForWindowActive(shown.get()));
    QTRY_VERIFY(QApplication::focusWidget() &&
                QApplication::focusWidget()->window() == shown.get());
    checkTabWalk(shown.get());
    checkMnemonics(shown.get());

    // The profile form shows other fields for each sign-in method: each set is walked.
    auto *signIn = shown->findChild<QComboBox *>(u"signInCombo"_s);
    if (!signIn)
        return;
    auto *profiles = shown->findChild<QListWidget *>(u"profilesList"_s);
    auto *watch = shown->findChild<QCheckBox *>(u"watchCheckBox"_s);
    auto *certificatePanel = shown->findChild<QWidget *>(u"certificatePanel"_s);
    QVERIFY(watch && certificatePanel);
    for (int method = 0; method < signIn->count(); ++method) {
        signIn->setCurrentIndex(method);
        profiles->setFocus(Qt::OtherFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), profiles);
        checkTabWalk(shown.get());
        checkMnemonics(shown.get());
        if (QTest::currentTestFailed())
            return;
        // With everything a repository profile can show at once: the watch filter, and the
        // certificate a server presented with its Trust button.
        if (watch->isVisibleTo(shown.get())) {
            watch->setChecked(true);
            certificatePanel->show();
            checkMnemonics(shown.get());
            certificatePanel->hide();
            watch->setChecked(false);
            if (QTest::currentTestFailed())
                return;
        }
    }
}

void TestAccessibility::checkMnemonics(QWidget *top)
{
    // Alt and a letter goes to one control: no two shown at once share the letter.
    QHash<QString, QString> taken;
    QStringList clashes;
    const auto take = [&](const QString &text, QWidget *widget) {
        const QString key = mnemonicOf(text);
        if (key.isEmpty() || !widget->isVisibleTo(top))
            return;
        if (taken.contains(key))
            clashes.append(key + u": "_s + taken.value(key) + u" / "_s + text);
        taken.insert(key, text);
    };
    const auto labels = top->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->buddy())
            take(label->text(), label);
    }
    const auto buttons = top->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons)
        take(button->text(), button);
    QVERIFY2(clashes.isEmpty(),
             qPrintable(u"Mnemonics used twice in "_s + describe(top) + u": "_s +
                        clashes.join(u"; "_s)));
}

void TestAccessibility::statusIsNeverColourAlone()
{
    RunsModel *model = runsModel();
    QTRY_VERIFY_WITH_TIMEOUT(
        [model] {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (RunOutcome(model->index(row, RunsModel::Status)
                                   .data(RunsModel::OutcomeRole)
                                   .toInt()) == RunOutcome::InProgress)
                    return false;
            }
            return true;
        }(),
        20000);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex status = model->index(row, RunsModel::Status);
        QVERIFY(!status.data(Qt::DisplayRole).toString().isEmpty());
        QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
    }
    // Success and failure differ in words and in icon, not only in colour.
    const QModelIndex first = model->index(0, RunsModel::Status);
    const QModelIndex second = model->index(1, RunsModel::Status);
    QVERIFY(first.data().toString() != second.data().toString());
    QVERIFY(first.data(Qt::DecorationRole).value<QIcon>().cacheKey() !=
            second.data(Qt::DecorationRole).value<QIcon>().cacheKey());
}

void TestAccessibility::statusColoursReadOnLightAndDark()
{
    const QPalette original = QApplication::palette();
    for (const QPalette &palette : {Appearance::lightPalette(), Appearance::darkPalette()}) {
        QApplication::setPalette(palette);
        const QColor base = palette.color(QPalette::Base);
        for (const RunOutcome outcome :
             {RunOutcome::InProgress, RunOutcome::Succeeded, RunOutcome::Failed,
              RunOutcome::NotSubmitted, RunOutcome::Aborted, RunOutcome::Skipped,
              RunOutcome::Lost}) {
            const QColor colour = RunStyle::colour(outcome);
            QVERIFY2(contrast(colour, base) >= 4.5,
                     qPrintable(u"%1 on %2: %3:1"_s.arg(colour.name(), base.name())
                                    .arg(contrast(colour, base), 0, 'f', 2)));
        }
        // The window's text reads too.
        QVERIFY(contrast(palette.color(QPalette::Text), base) >= 7);
        QVERIFY(contrast(palette.color(QPalette::WindowText), palette.color(QPalette::Window)) >=
                7);
    }
    QApplication::setPalette(original);
}

void TestAccessibility::appearanceAppliesAtOnce()
{
    const QPalette original = QApplication::palette();
    const QString originalStyle = QApplication::style()->name();
    AppSettings &settings = m_app.settings();
    const Appearance appearance(settings);
    QVERIFY(!Appearance::isDark(QApplication::palette()));

    settings.setColorScheme(AppSettings::ColorScheme::Dark);
    QVERIFY(Appearance::isDark(QApplication::palette()));
    QTRY_VERIFY(Appearance::isDark(m_window->palette()));
    QCOMPARE(QApplication::style()->name(), u"fusion"_s);
    // A status colour follows.
    QVERIFY(RunStyle::colour(RunOutcome::Failed).lightness() > 150);

    settings.setColorScheme(AppSettings::ColorScheme::Light);
    QVERIFY(!Appearance::isDark(QApplication::palette()));
    QVERIFY(RunStyle::colour(RunOutcome::Failed).lightness() < 120);

    settings.setColorScheme(AppSettings::ColorScheme::System);
    QCOMPARE(QApplication::palette().color(QPalette::Base), original.color(QPalette::Base));
    QCOMPARE(QApplication::style()->name(), originalStyle);
}

void TestAccessibility::settingsDialogChoosesLanguageAndAppearance()
{
    AppSettings &settings = m_app.settings();
    SettingsDialog dialog(settings, m_window.get());
    auto *language = dialog.findChild<QComboBox *>(u"languageCombo"_s);
    auto *restart = dialog.findChild<QLabel *>(u"languageRestartLabel"_s);
    auto *scheme = dialog.findChild<QComboBox *>(u"colorSchemeCombo"_s);
    QVERIFY(language && restart && scheme);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(language->currentData().toString(), QString()); // as the system
    QVERIFY(language->findText(u"Deutsch"_s) >= 0);
    QVERIFY(language->findText(u"Français"_s) >= 0);
    QVERIFY(!restart->isVisible());
    language->setCurrentIndex(language->findText(u"Français"_s));
    QVERIFY(restart->isVisible());
    scheme->setCurrentIndex(scheme->findData(int(AppSettings::ColorScheme::Dark)));
    dialog.accept();
    QCOMPARE(settings.language(), u"fr"_s);
    QCOMPARE(settings.colorScheme(), AppSettings::ColorScheme::Dark);
    QVERIFY(m_app.settingsFileContent().contains("language=fr"));
    settings.setLanguage({});
    settings.setColorScheme(AppSettings::ColorScheme::System);
}

void TestAccessibility::unknownLanguageOrSchemeInTheFileIsTheSystems()
{
    // A file edited by hand: a language without a catalogue, a number that names no scheme.
    AppSettings &settings = m_app.settings();
    settings.setValue(AppSettings::Key::Language, u"xx"_s);
    settings.setValue(AppSettings::Key::ColorScheme, 7);
    QCOMPARE(settings.language(), QString());
    QCOMPARE(settings.colorScheme(), AppSettings::ColorScheme::System);
    settings.setValue(AppSettings::Key::ColorScheme, -1);
    QCOMPARE(settings.colorScheme(), AppSettings::ColorScheme::System);
    SettingsDialog dialog(settings, m_window.get());
    QCOMPARE(dialog.findChild<QComboBox *>(u"languageCombo"_s)->currentData().toString(),
             QString());
    QCOMPARE(dialog.findChild<QComboBox *>(u"colorSchemeCombo"_s)->currentData().toInt(),
             int(AppSettings::ColorScheme::System));
    settings.setLanguage({});
    settings.setColorScheme(AppSettings::ColorScheme::System);
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
