#include "ui/admin/DeskSettingsPage.h"

#include "models/OrderQueueModel.h"
#include "ui/admin/AdminPrompts.h"

#include "p2pdesk/domain/AddressScreening.h"
#include "p2pdesk/domain/DeskHours.h"
#include "p2pdesk/domain/Fiat.h"
#include "p2pdesk/proto/Limits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace p2pdesk::workstation {

namespace {

// The statuses whose deadline the page edits, in the order an order passes them. PAID_OUT's is the
// auto-completion, edited in hours below; a status without a deadline stays without one.
constexpr domain::OrderStatus kTimedStatuses[] = {
    domain::OrderStatus::New,
    domain::OrderStatus::Assigned,
    domain::OrderStatus::AwaitingCrypto,
    domain::OrderStatus::UserMarkedSent,
    domain::OrderStatus::OperatorVerifyProof,
    domain::OrderStatus::PaymentVerified,
    domain::OrderStatus::ProcessingPayout,
};

constexpr int kMaxTimeoutMinutes = static_cast<int>(proto::limits::kMaxStatusTimeoutSeconds / 60);
constexpr int kMaxRateAgeMinutes = static_cast<int>(proto::limits::kMaxRateAgeSeconds / 60);

// "Monday" / "Понедельник": a label's first word. Russian locales name days in lower case.
QString dayName(int weekday)
{
    // Qt counts weekdays from 1 = Monday, as the desk's days do from 0.
    const QString name = QLocale().standaloneDayName(weekday + 1);
    return name.left(1).toUpper() + name.mid(1);
}

QString latin1(std::string_view view)
{
    return QString::fromLatin1(view.data(), static_cast<qsizetype>(view.size()));
}

// "2.5000" → "2.5", "300000.00" → "300000": what an admin would type.
QString plain(const domain::Decimal &value)
{
    QString text = QString::fromStdString(value.toString());
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text;
}

int minutesOf(std::int64_t seconds)
{
    return static_cast<int>(std::clamp<std::int64_t>((seconds + 59) / 60, 1, kMaxTimeoutMinutes));
}

// A decimal typed with a dot or a comma, exact at `scale` places; nullopt when it is not one.
std::optional<domain::Decimal> decimalAt(const QString &typed, int scale)
{
    const QString text = typed.trimmed().replace(QLatin1Char(','), QLatin1Char('.'));
    if (text.isEmpty())
        return std::nullopt;
    const auto value = domain::Decimal::parse(text.toStdString());
    if (!value)
        return std::nullopt;
    const auto scaled = value.value().rescaled(scale, domain::Rounding::Down);
    if (!scaled || !(scaled.value() == value.value()))
        return std::nullopt;
    return scaled.value();
}

QWidget *withUnit(QWidget *field, const QString &unit, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field);
    auto *label = new QLabel(unit, row);
    label->setObjectName(field->objectName() + QStringLiteral("Unit"));
    layout->addWidget(label);
    layout->addStretch();
    return row;
}

QLineEdit *decimalEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setMaximumWidth(140);
    edit->setAlignment(Qt::AlignRight);
    return edit;
}

QSpinBox *spinBox(const QString &name, int min, int max, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(min, max);
    box->setAccelerated(true);
    box->setMinimumWidth(110);
    return box;
}

} // namespace

struct DeskSettingsPage::Values {
    std::map<QString, QString> thresholds;
    std::map<domain::OrderStatus, int> timeoutMinutes; // 0: no deadline
    int autoCompleteHours = 24;
    QString deviation;
    QString hardDeviation;
    int rateMaxAgeMinutes = 10;
    QString requoteMove;
    QString feedJump;
    int quoteLockMinutes = 15;
    bool deskRequiresOnDuty = true;
    int botMessagesPerMinute = 20;
    int amlHoldScore = domain::kDefaultAmlHoldScore;
    bool hoursOn = false;
    int hoursOffsetMinutes = 0;
    std::array<QString, 7> hoursDays; // as typed; empty: closed that day

    bool operator==(const Values &) const = default;
};

DeskSettingsPage::DeskSettingsPage(AdminService *service, AdminPrompts *prompts, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_prompts(prompts)
    , m_autoComplete(spinBox(QStringLiteral("autoCompleteSpinBox"), 1, 720, this))
    , m_deviation(decimalEdit(QStringLiteral("deviationLineEdit"), this))
    , m_hardDeviation(decimalEdit(QStringLiteral("hardDeviationLineEdit"), this))
    , m_rateMaxAge(spinBox(QStringLiteral("rateMaxAgeSpinBox"), 1, kMaxRateAgeMinutes, this))
    , m_requoteMove(decimalEdit(QStringLiteral("requoteMoveLineEdit"), this))
    , m_feedJump(decimalEdit(QStringLiteral("feedJumpLineEdit"), this))
    , m_quoteLock(spinBox(QStringLiteral("quoteLockSpinBox"), 1, 1440, this))
    , m_deskOnDuty(new QCheckBox(tr("Take new Telegram orders only while an operator is on duty"), this))
    , m_botMessages(spinBox(QStringLiteral("botMessagesSpinBox"), 1, 600, this))
    , m_amlHoldScore(
          spinBox(QStringLiteral("amlHoldScoreSpin"), domain::kMinAmlHoldScore, domain::kMaxAmlHoldScore, this))
    , m_hoursOn(new QCheckBox(tr("Take new Telegram orders only within the opening hours"), this))
    , m_hoursOffset(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
    , m_save(new QPushButton(tr("&Save…"), this))
{
    setObjectName(QStringLiteral("deskSettingsPage"));
    auto *content = new QWidget;

    auto *approvals = new QGroupBox(tr("Payouts a senior approves"), content);
    auto *approvalsForm = new QFormLayout(approvals);
    for (const domain::Fiat &fiat : domain::fiats()) {
        const QString code = latin1(fiat.code);
        QLineEdit *edit = decimalEdit(QStringLiteral("threshold%1LineEdit").arg(code), approvals);
        edit->setPlaceholderText(tr("every payout"));
        m_thresholds.insert(code, edit);
        approvalsForm->addRow(tr("%1 from:").arg(code), withUnit(edit, code, approvals));
    }
    auto *approvalsHint = new QLabel(tr("A payout of this amount or more waits for a senior's approval. Left empty, "
                                        "every payout in that currency does."),
                                     approvals);
    approvalsHint->setWordWrap(true);
    approvalsForm->addRow(approvalsHint);

    auto *screening = new QGroupBox(tr("Sender screening (AML)"), content);
    auto *screeningForm = new QFormLayout(screening);
    screeningForm->addRow(tr("Hold an order when the sender's risk score is above:"),
                          withUnit(m_amlHoldScore, tr("of 100"), screening));
    auto *screeningHint = new QLabel(tr("A sell whose crypto came from an address scored higher waits for a senior. "
                                        "100 holds none."),
                                     screening);
    screeningHint->setWordWrap(true);
    screeningForm->addRow(screeningHint);

    auto *deadlines = new QGroupBox(tr("How long an order may stay"), content);
    auto *deadlinesForm = new QFormLayout(deadlines);
    for (const domain::OrderStatus status : kTimedStatuses) {
        QSpinBox *box = spinBox(QStringLiteral("timeout%1SpinBox").arg(latin1(domain::toString(status))), 0,
                                kMaxTimeoutMinutes, deadlines);
        box->setSpecialValueText(tr("no deadline"));
        m_timeouts.emplace(status, box);
        QWidget *row = withUnit(box, tr("minutes"), deadlines);
        // 0 reads "no deadline"; "no deadline minutes" beside it would read as nonsense.
        auto *unit = row->findChild<QLabel *>(box->objectName() + QStringLiteral("Unit"));
        connect(box, &QSpinBox::valueChanged, unit, [unit](int minutes) { unit->setVisible(minutes != 0); });
        unit->setVisible(box->value() != 0);
        deadlinesForm->addRow(tr("%1:").arg(OrderQueueModel::statusText(status)), row);
    }
    deadlinesForm->addRow(tr("Paid out, completes by itself after:"), withUnit(m_autoComplete, tr("hours"), deadlines));
    auto *deadlinesHint = new QLabel(tr("Past half the time the order is marked as running late; past all of it, as "
                                        "overdue. 0 minutes: no deadline."),
                                     deadlines);
    deadlinesHint->setWordWrap(true);
    deadlinesForm->addRow(deadlinesHint);

    auto *rates = new QGroupBox(tr("Rates"), content);
    auto *ratesForm = new QFormLayout(rates);
    ratesForm->addRow(tr("A take needs a reason beyond:"),
                      withUnit(m_deviation, tr("percent from the suggested rate"), rates));
    ratesForm->addRow(tr("Only a senior may take beyond:"),
                      withUnit(m_hardDeviation, tr("percent from the suggested rate"), rates));
    ratesForm->addRow(tr("Stop quoting when the base rate is older than:"),
                      withUnit(m_rateMaxAge, tr("minutes"), rates));
    ratesForm->addRow(tr("Re-quote when the rate moves more than:"),
                      withUnit(m_requoteMove, tr("percent (0: the quote lock decides)"), rates));
    ratesForm->addRow(tr("A confirmed quote holds for:"), withUnit(m_quoteLock, tr("minutes"), rates));
    ratesForm->addRow(tr("Hold a feed value for a senior beyond:"),
                      withUnit(m_feedJump, tr("percent from the base rate"), rates));

    auto *telegram = new QGroupBox(tr("Telegram desk"), content);
    auto *telegramForm = new QFormLayout(telegram);
    m_deskOnDuty->setObjectName(QStringLiteral("deskOnDutyCheckBox"));
    telegramForm->addRow(m_deskOnDuty);
    telegramForm->addRow(tr("A customer may send at most:"),
                         withUnit(m_botMessages, tr("messages a minute"), telegram));
    auto *telegramHint = new QLabel(tr("Ticket answer times and ops chat alerts are on the Support page."), telegram);
    telegramHint->setWordWrap(true);
    telegramForm->addRow(telegramHint);

    auto *hours = new QGroupBox(tr("Opening hours"), content);
    auto *hoursForm = new QFormLayout(hours);
    m_hoursOn->setObjectName(QStringLiteral("deskHoursCheckBox"));
    hoursForm->addRow(m_hoursOn);
    m_hoursOffset->setObjectName(QStringLiteral("deskHoursOffsetComboBox"));
    m_hoursOffset->setMaximumWidth(140);
    // Every quarter hour from UTC−12 to UTC+14: the offsets in use are whole, half and 45-minute ones.
    for (int minutes = domain::kMinDeskUtcOffsetMinutes; minutes <= domain::kMaxDeskUtcOffsetMinutes; minutes += 15)
        m_hoursOffset->addItem(QString::fromStdString(domain::formatUtcOffset(minutes)), minutes);
    hoursForm->addRow(tr("The desk's clock:"), m_hoursOffset);
    for (int day = 0; day < 7; ++day) {
        auto *edit = new QLineEdit(hours);
        edit->setObjectName(QStringLiteral("deskHours%1LineEdit").arg(latin1(domain::deskWeekdayKey(day))));
        edit->setPlaceholderText(tr("closed"));
        edit->setMaximumWidth(140);
        m_hoursDays[std::size_t(day)] = edit;
        hoursForm->addRow(tr("%1:").arg(dayName(day)), edit);
    }
    auto *hoursHint = new QLabel(tr("Outside the hours the bot tells customers when the desk opens. Type 09:00-21:00; "
                                    "past midnight 22:00-06:00; all day 00:00-24:00; empty: closed. Where the clocks "
                                    "change in summer, change the desk's clock with them."),
                                 hours);
    hoursHint->setWordWrap(true);
    hoursForm->addRow(hoursHint);

    auto *left = new QVBoxLayout;
    left->addWidget(approvals);
    left->addWidget(screening);
    left->addWidget(deadlines);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(rates);
    right->addWidget(telegram);
    right->addWidget(hours);
    right->addStretch();
    auto *columns = new QHBoxLayout(content);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("deskSettingsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    m_problem->setObjectName(QStringLiteral("deskSettingsProblemLabel"));
    m_problem->setWordWrap(true);
    m_revert->setObjectName(QStringLiteral("revertDeskSettingsButton"));
    m_save->setObjectName(QStringLiteral("saveDeskSettingsButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_problem, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    for (QLineEdit *edit : m_thresholds)
        connect(edit, &QLineEdit::textChanged, this, &DeskSettingsPage::updateButtons);
    for (QLineEdit *edit : {m_deviation, m_hardDeviation, m_requoteMove, m_feedJump})
        connect(edit, &QLineEdit::textChanged, this, &DeskSettingsPage::updateButtons);
    for (const auto &[status, box] : m_timeouts)
        connect(box, &QSpinBox::valueChanged, this, &DeskSettingsPage::updateButtons);
    for (QSpinBox *box : {m_autoComplete, m_rateMaxAge, m_quoteLock, m_botMessages, m_amlHoldScore})
        connect(box, &QSpinBox::valueChanged, this, &DeskSettingsPage::updateButtons);
    connect(m_deskOnDuty, &QCheckBox::toggled, this, &DeskSettingsPage::updateButtons);
    connect(m_hoursOn, &QCheckBox::toggled, this, &DeskSettingsPage::updateButtons);
    connect(m_hoursOffset, &QComboBox::currentIndexChanged, this, &DeskSettingsPage::updateButtons);
    for (QLineEdit *edit : m_hoursDays)
        connect(edit, &QLineEdit::textChanged, this, &DeskSettingsPage::updateButtons);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (m_saved)
            showValues(valuesOf(*m_saved));
    });
    connect(m_save, &QPushButton::clicked, this, &DeskSettingsPage::save);
    connect(m_service, &AdminService::settingsLoaded, this, &DeskSettingsPage::showSettings);
    connect(m_service, &AdminService::settingsUpdated, this, [this](const proto::Settings &settings) {
        if (!std::exchange(m_saving, false))
            return showSettings(settings); // saved elsewhere (the Support page): merged into edits
        // Ours: what syncd stored is what the page now shows.
        m_saved = settings;
        showValues(valuesOf(settings));
        emit message(tr("Desk settings saved."));
    });
    connect(m_service, &AdminService::failed, this, [this](AdminService::Action action) {
        if (action != AdminService::Action::UpdateSettings)
            return;
        m_saving = false;
        updateButtons();
    });
    updateButtons();
}

void DeskSettingsPage::reload()
{
    m_service->loadSettings();
}

DeskSettingsPage::Values DeskSettingsPage::valuesOf(const proto::Settings &s) const
{
    Values v;
    for (auto it = m_thresholds.cbegin(); it != m_thresholds.cend(); ++it) {
        const auto found = s.approvalThresholds.find(it.key().toStdString());
        v.thresholds[it.key()] = found == s.approvalThresholds.end() ? QString() : plain(found->second);
    }
    for (const auto &[status, box] : m_timeouts) {
        const auto found = s.statusTimeouts.find(status);
        v.timeoutMinutes[status] = found == s.statusTimeouts.end() ? 0 : minutesOf(found->second);
    }
    v.autoCompleteHours = static_cast<int>(s.autoCompleteHours.value_or(24));
    v.deviation = plain(s.maxRateDeviationPercent);
    v.hardDeviation = s.maxRateHardDeviationPercent ? plain(*s.maxRateHardDeviationPercent) : QString();
    v.rateMaxAgeMinutes = minutesOf(s.rateMaxAgeSeconds.value_or(600));
    v.requoteMove = s.requoteMovePercent ? plain(*s.requoteMovePercent) : QStringLiteral("0");
    v.feedJump = s.rateFeedMaxJumpPercent ? plain(*s.rateFeedMaxJumpPercent) : QStringLiteral("5");
    v.quoteLockMinutes = static_cast<int>(s.quoteLockMinutes.value_or(15));
    v.deskRequiresOnDuty = s.deskRequiresOnDuty.value_or(true);
    v.botMessagesPerMinute = static_cast<int>(s.botMessagesPerMinute.value_or(20));
    v.amlHoldScore = static_cast<int>(s.amlHoldScore.value_or(domain::kDefaultAmlHoldScore));
    if (s.deskHours) {
        v.hoursOn = s.deskHours->enabled;
        v.hoursOffsetMinutes = static_cast<int>(s.deskHours->utcOffsetMinutes);
        for (const auto &[key, span] : s.deskHours->days) {
            if (const auto day = domain::deskWeekday(key))
                v.hoursDays[std::size_t(*day)] = QString::fromStdString(span);
        }
    }
    return v;
}

DeskSettingsPage::Values DeskSettingsPage::typed() const
{
    Values v;
    for (auto it = m_thresholds.cbegin(); it != m_thresholds.cend(); ++it)
        v.thresholds[it.key()] = it.value()->text().trimmed();
    for (const auto &[status, box] : m_timeouts)
        v.timeoutMinutes[status] = box->value();
    v.autoCompleteHours = m_autoComplete->value();
    v.deviation = m_deviation->text().trimmed();
    v.hardDeviation = m_hardDeviation->text().trimmed();
    v.rateMaxAgeMinutes = m_rateMaxAge->value();
    v.requoteMove = m_requoteMove->text().trimmed();
    v.feedJump = m_feedJump->text().trimmed();
    v.quoteLockMinutes = m_quoteLock->value();
    v.deskRequiresOnDuty = m_deskOnDuty->isChecked();
    v.botMessagesPerMinute = m_botMessages->value();
    v.amlHoldScore = m_amlHoldScore->value();
    v.hoursOn = m_hoursOn->isChecked();
    v.hoursOffsetMinutes = m_hoursOffset->currentData().toInt();
    for (std::size_t day = 0; day < 7; ++day)
        v.hoursDays[day] = m_hoursDays[day]->text().trimmed();
    return v;
}

void DeskSettingsPage::showValues(const Values &v)
{
    for (auto it = m_thresholds.cbegin(); it != m_thresholds.cend(); ++it)
        it.value()->setText(v.thresholds.at(it.key()));
    for (const auto &[status, box] : m_timeouts)
        box->setValue(v.timeoutMinutes.at(status));
    m_autoComplete->setValue(v.autoCompleteHours);
    m_deviation->setText(v.deviation);
    m_hardDeviation->setText(v.hardDeviation);
    m_rateMaxAge->setValue(v.rateMaxAgeMinutes);
    m_requoteMove->setText(v.requoteMove);
    m_feedJump->setText(v.feedJump);
    m_quoteLock->setValue(v.quoteLockMinutes);
    m_deskOnDuty->setChecked(v.deskRequiresOnDuty);
    m_botMessages->setValue(v.botMessagesPerMinute);
    m_amlHoldScore->setValue(v.amlHoldScore);
    m_hoursOn->setChecked(v.hoursOn);
    // An offset off the quarter-hour list (set through the API) is added rather than lost.
    int offsetIndex = m_hoursOffset->findData(v.hoursOffsetMinutes);
    if (offsetIndex < 0) {
        m_hoursOffset->addItem(QString::fromStdString(domain::formatUtcOffset(v.hoursOffsetMinutes)),
                               v.hoursOffsetMinutes);
        offsetIndex = m_hoursOffset->count() - 1;
    }
    m_hoursOffset->setCurrentIndex(offsetIndex);
    for (std::size_t day = 0; day < 7; ++day)
        m_hoursDays[day]->setText(v.hoursDays[day]);
    updateButtons();
}

void DeskSettingsPage::showSettings(const proto::Settings &settings)
{
    const Values incoming = valuesOf(settings);
    if (!m_saved || !isDirty()) {
        m_saved = settings;
        return showValues(incoming);
    }
    // Unsaved edits: keep them, take the new value of everything not edited.
    const Values before = valuesOf(*m_saved);
    Values merged = typed();
    for (auto &[fiat, text] : merged.thresholds) {
        if (text == before.thresholds.at(fiat))
            text = incoming.thresholds.at(fiat);
    }
    for (auto &[status, minutes] : merged.timeoutMinutes) {
        if (minutes == before.timeoutMinutes.at(status))
            minutes = incoming.timeoutMinutes.at(status);
    }
    const auto take = [](auto &field, const auto &was, const auto &now) {
        if (field == was)
            field = now;
    };
    take(merged.autoCompleteHours, before.autoCompleteHours, incoming.autoCompleteHours);
    take(merged.deviation, before.deviation, incoming.deviation);
    take(merged.hardDeviation, before.hardDeviation, incoming.hardDeviation);
    take(merged.rateMaxAgeMinutes, before.rateMaxAgeMinutes, incoming.rateMaxAgeMinutes);
    take(merged.requoteMove, before.requoteMove, incoming.requoteMove);
    take(merged.feedJump, before.feedJump, incoming.feedJump);
    take(merged.quoteLockMinutes, before.quoteLockMinutes, incoming.quoteLockMinutes);
    take(merged.deskRequiresOnDuty, before.deskRequiresOnDuty, incoming.deskRequiresOnDuty);
    take(merged.botMessagesPerMinute, before.botMessagesPerMinute, incoming.botMessagesPerMinute);
    take(merged.amlHoldScore, before.amlHoldScore, incoming.amlHoldScore);
    take(merged.hoursOn, before.hoursOn, incoming.hoursOn);
    take(merged.hoursOffsetMinutes, before.hoursOffsetMinutes, incoming.hoursOffsetMinutes);
    for (std::size_t day = 0; day < 7; ++day)
        take(merged.hoursDays[day], before.hoursDays[day], incoming.hoursDays[day]);
    m_saved = settings;
    showValues(merged);
    emit message(tr("The desk settings were changed elsewhere; your unsaved edits are kept, the rest shows the new "
                    "values."));
}

bool DeskSettingsPage::isDirty() const
{
    return m_saved && !(typed() == valuesOf(*m_saved));
}

std::optional<proto::SettingsUpdateRequest> DeskSettingsPage::request(QString *problem) const
{
    if (!m_saved) {
        *problem = tr("The settings have not loaded yet.");
        return std::nullopt;
    }
    const Values saved = valuesOf(*m_saved);
    const Values now = typed();
    proto::SettingsUpdateRequest out;
    proto::Settings &s = out.settings;
    s = *m_saved;

    s.approvalThresholds.clear();
    for (const auto &[code, text] : now.thresholds) {
        if (text.isEmpty())
            continue;
        const auto fiat = domain::fiat(code.toStdString());
        const auto amount = decimalAt(text, fiat ? fiat.value().decimals : 2);
        if (!amount) {
            *problem = tr("The %1 approval amount must be a number of zero or more with at most %n decimal "
                          "place(s), like 300000.",
                          nullptr, fiat ? fiat.value().decimals : 2)
                           .arg(code);
            return std::nullopt;
        }
        s.approvalThresholds.emplace(code.toStdString(), *amount);
    }

    for (const auto &[status, minutes] : now.timeoutMinutes) {
        if (minutes == saved.timeoutMinutes.at(status))
            continue; // unchanged: the stored seconds go back as they are
        if (minutes == 0)
            s.statusTimeouts.erase(status);
        else
            s.statusTimeouts[status] = std::int64_t(minutes) * 60;
    }
    // The auto-completion is PAID_OUT's deadline: sent only when changed, so a deadline stored in
    // seconds is not rounded to hours by a save that did not touch it.
    if (now.autoCompleteHours != saved.autoCompleteHours) {
        s.autoCompleteHours = now.autoCompleteHours;
        s.statusTimeouts[domain::OrderStatus::PaidOut] = std::int64_t(now.autoCompleteHours) * 3600;
    } else {
        s.autoCompleteHours.reset();
    }

    const auto percent = [problem](const QString &text, const QString &what) -> std::optional<domain::Decimal> {
        const auto value = decimalAt(text, 4);
        if (!value || domain::Decimal::parse("100", 4).value() < *value) {
            *problem = tr("%1 must be a percentage from 0 to 100 with at most 4 decimal places.").arg(what);
            return std::nullopt;
        }
        return value;
    };
    const auto deviation = percent(now.deviation, tr("The deviation that needs a reason"));
    if (!deviation)
        return std::nullopt;
    const auto hard = percent(now.hardDeviation, tr("The deviation only a senior may take"));
    if (!hard)
        return std::nullopt;
    if (*hard < *deviation) {
        *problem = tr("The deviation only a senior may take cannot be below the one that needs a reason.");
        return std::nullopt;
    }
    const auto requote = percent(now.requoteMove, tr("The re-quote move"));
    if (!requote)
        return std::nullopt;
    const auto feedJump = percent(now.feedJump, tr("The feed jump a senior confirms"));
    if (!feedJump)
        return std::nullopt;
    if (feedJump->isZero()) {
        *problem = tr("The feed jump a senior confirms must be above 0: at 0 every feed value would wait for a "
                      "senior.");
        return std::nullopt;
    }
    s.maxRateDeviationPercent = *deviation;
    s.maxRateHardDeviationPercent = *hard;
    s.requoteMovePercent = *requote;
    s.rateFeedMaxJumpPercent = *feedJump;
    if (now.rateMaxAgeMinutes != saved.rateMaxAgeMinutes)
        s.rateMaxAgeSeconds = std::int64_t(now.rateMaxAgeMinutes) * 60;
    s.quoteLockMinutes = now.quoteLockMinutes;
    s.deskRequiresOnDuty = now.deskRequiresOnDuty;
    s.botMessagesPerMinute = now.botMessagesPerMinute;
    s.amlHoldScore = now.amlHoldScore;

    proto::DeskHoursSetting hours;
    hours.enabled = now.hoursOn;
    hours.utcOffsetMinutes = now.hoursOffsetMinutes;
    for (std::size_t day = 0; day < 7; ++day) {
        if (now.hoursDays[day].isEmpty())
            continue;
        // Checked here with the rule syncd applies, so the admin sees the problem before saving.
        const auto span = domain::parseDeskDay(now.hoursDays[day].toStdString());
        if (!span) {
            *problem = tr("%1's hours must look like 09:00-21:00 (past midnight 22:00-06:00, all day 00:00-24:00).")
                           .arg(dayName(int(day)));
            return std::nullopt;
        }
        hours.days.emplace(domain::deskWeekdayKey(int(day)), domain::formatDeskDay(span.value()));
    }
    if (hours.enabled && hours.days.empty()) {
        *problem = tr("With the opening hours on, at least one day needs hours.");
        return std::nullopt;
    }
    s.deskHours = std::move(hours);
    return out;
}

void DeskSettingsPage::updateButtons()
{
    const bool loaded = m_saved.has_value();
    for (QWidget *child : findChildren<QGroupBox *>())
        child->setEnabled(loaded);
    const bool dirty = isDirty();
    QString problem;
    const bool valid = request(&problem).has_value();
    m_problem->setText(dirty && !valid ? problem : QString());
    m_save->setEnabled(dirty && valid && !m_saving);
    m_revert->setEnabled(dirty);
}

void DeskSettingsPage::save()
{
    QString problem;
    auto request = this->request(&problem);
    if (!request || !isDirty())
        return;
    const auto reason = m_prompts->reason(this, tr("Change the desk settings"));
    if (!reason)
        return;
    request->reason = reason->toStdString();
    m_saving = true;
    updateButtons();
    m_service->updateSettings(*request);
}

} // namespace p2pdesk::workstation
