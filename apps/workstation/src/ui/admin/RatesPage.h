#pragma once

#include "core/AdminService.h"

#include <QWidget>

#include <cstdint>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace p2pdesk::workstation {

class AdminPrompts;
class RateHistoryChart;
class RateListModel;

// Rate settings per direction, asset and fiat: base rate (typed, or from the reference feed),
// margin and fixed fee, with the suggested rate they give shown live (libs/domain computes it the
// same way syncd does). The selected row's recent base rates are charted; a feed value held for a
// jump is confirmed here with a reason.
class RatesPage final : public QWidget {
    Q_OBJECT

public:
    RatesPage(AdminService *service, AdminPrompts *prompts, QWidget *parent = nullptr);

    RateListModel *model() const { return m_model; }
    RateHistoryChart *chart() const { return m_chart; }
    static constexpr int kChartDays = 7;
    void reload();

signals:
    void message(const QString &text);

private:
    void fillFrom(const QModelIndex &index);
    std::optional<proto::RateUpdateRequest> formRequest(QString *problem) const;
    void updatePreview();
    void save();
    void confirmFeed();
    void updateConfirmButton();

    AdminService *m_service;
    AdminPrompts *m_prompts;
    RateListModel *m_model;
    QTableView *m_table;
    RateHistoryChart *m_chart;
    std::int64_t m_chartRateId = 0;
    proto::Timestamp m_chartFrom{}; // the period the chart's history was asked for
    proto::Timestamp m_chartTo{};
    bool m_keepForm = false; // re-selecting after a reload: the form keeps what the admin typed
    QComboBox *m_direction;
    QComboBox *m_asset;
    QComboBox *m_fiat;
    QLineEdit *m_baseRate;
    QCheckBox *m_followFeed;
    QLineEdit *m_margin;
    QLineEdit *m_fee;
    QLabel *m_suggested;
    QPushButton *m_save;
    QPushButton *m_confirmFeed;
};

} // namespace p2pdesk::workstation
