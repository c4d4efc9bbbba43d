#pragma once

#include "core/AdminService.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace p2pdesk::workstation {

class AdminPrompts;
class RateListModel;

// Rate settings per direction, asset and fiat: base rate, margin and fixed fee, with the suggested
// rate they give shown live (libs/domain computes it the same way syncd does).
class RatesPage final : public QWidget {
    Q_OBJECT

public:
    RatesPage(AdminService *service, AdminPrompts *prompts, QWidget *parent = nullptr);

    RateListModel *model() const { return m_model; }
    void reload();

signals:
    void message(const QString &text);

private:
    void fillFrom(const QModelIndex &index);
    std::optional<proto::RateUpdateRequest> formRequest(QString *problem) const;
    void updatePreview();
    void save();

    AdminService *m_service;
    AdminPrompts *m_prompts;
    RateListModel *m_model;
    QTableView *m_table;
    QComboBox *m_direction;
    QComboBox *m_asset;
    QComboBox *m_fiat;
    QLineEdit *m_baseRate;
    QLineEdit *m_margin;
    QLineEdit *m_fee;
    QLabel *m_suggested;
    QPushButton *m_save;
};

} // namespace p2pdesk::workstation
