#pragma once

#include "core/AdminService.h"

#include <QMap>
#include <QWidget>

#include <array>
#include <map>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace p2pdesk::workstation {

class AdminPrompts;

// The desk settings syncd keeps besides the support desk's (those are on the Support page): the
// payout amount per currency above which a senior approves, how long an order may stay in each
// status, the rate deviation a take may have with and without a senior, how old a base rate may
// get, the re-quote and quote-lock rules and the Telegram desk's switches. Units are written out,
// every value is checked before saving, saving asks for a reason. syncd replaces the settings as a
// whole, so what this page does not show is sent back as loaded.
//
// When the settings change elsewhere (another admin, the Support page) while this page has unsaved
// edits, the edits stay and every value not edited takes the new one, so saving never puts back a
// value someone else just changed.
class DeskSettingsPage final : public QWidget {
    Q_OBJECT

public:
    DeskSettingsPage(AdminService *service, AdminPrompts *prompts, QWidget *parent = nullptr);

    void reload();
    bool isDirty() const;

signals:
    void message(const QString &text);

private:
    struct Values;
    Values valuesOf(const proto::Settings &settings) const;
    Values typed() const;
    void showValues(const Values &values);
    void showSettings(const proto::Settings &settings);
    void updateButtons();
    // The request as typed; nullopt (with `problem` in words) while something is wrong.
    std::optional<proto::SettingsUpdateRequest> request(QString *problem) const;
    void save();

    AdminService *m_service;
    AdminPrompts *m_prompts;
    std::optional<proto::Settings> m_saved;
    bool m_saving = false;
    QMap<QString, QLineEdit *> m_thresholds;
    std::map<domain::OrderStatus, QSpinBox *> m_timeouts;
    QSpinBox *m_autoComplete;
    QLineEdit *m_deviation;
    QLineEdit *m_hardDeviation;
    QSpinBox *m_rateMaxAge;
    QLineEdit *m_requoteMove;
    QLineEdit *m_feedJump;
    QSpinBox *m_quoteLock;
    QCheckBox *m_deskOnDuty;
    QSpinBox *m_botMessages;
    QSpinBox *m_amlHoldScore;
    QCheckBox *m_hoursOn;
    QComboBox *m_hoursOffset;
    std::array<QLineEdit *, 7> m_hoursDays{}; // Monday first
    QLabel *m_problem;
    QPushButton *m_revert;
    QPushButton *m_save;
};

} // namespace p2pdesk::workstation
