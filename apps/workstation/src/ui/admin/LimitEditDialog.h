#pragma once

#include "p2pdesk/proto/RiskLimits.h"

#include <QDialog>

#include <optional>
#include <string>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace p2pdesk::workstation {

class RiskLimitModel;

// Sets one risk limit: the rule (from syncd's catalogue, in words, with its meaning), the currency
// for amount rules only, the threshold checked here with the decimals syncd will demand, the action,
// whether it is active, and the reason that goes to the audit log. Choosing a rule and currency
// that already have a limit fills its values in; otherwise the rule's default.
class LimitEditDialog final : public QDialog {
    Q_OBJECT

public:
    // `rule`/`fiat`: the limit to start from (the selected row), or the first rule when empty.
    LimitEditDialog(const RiskLimitModel *model, const std::string &rule, const std::optional<std::string> &fiat,
                    QWidget *parent = nullptr);

    // The request as typed; nullopt (with `problem` in words) while something is missing or wrong.
    std::optional<proto::RiskLimitUpdateRequest> request(QString *problem) const;

private:
    const proto::RiskRuleInfo *currentRule() const;
    std::optional<std::string> currentFiat() const;
    int decimals() const;
    void onRuleChanged();
    void fillFromStored();
    void validate();

    const RiskLimitModel *m_model;
    QComboBox *m_rule;
    QLabel *m_meaning;
    QComboBox *m_fiat;
    QLabel *m_everyCurrency;
    QLineEdit *m_threshold;
    QLabel *m_unit;
    QComboBox *m_action;
    QCheckBox *m_active;
    QLineEdit *m_reason;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace p2pdesk::workstation
