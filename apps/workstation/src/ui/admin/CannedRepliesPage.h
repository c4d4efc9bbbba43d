#pragma once

#include "core/AdminService.h"

#include <QMap>
#include <QStringList>
#include <QWidget>

#include <cstdint>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace p2pdesk::workstation {

class AdminPrompts;
class CannedReplyListModel;

// Canned replies the operators answer customers with: the list (inactive ones too), and a form to
// create or edit one — shortcut, title, Russian and English bodies (Telegram HTML with `{name}`
// variables), active — with a live preview of both bodies filled with sample values. A variable
// syncd does not know is flagged while typing and the reply cannot be saved until it is fixed;
// saving asks for a reason.
class CannedRepliesPage final : public QWidget {
    Q_OBJECT

public:
    CannedRepliesPage(AdminService *service, AdminPrompts *prompts, QWidget *parent = nullptr);

    CannedReplyListModel *model() const { return m_model; }
    void reload();
    // Empties the form for a new reply.
    void startNew();
    // What keeps the form from being saved ("" when it may be saved).
    QString problem() const;

    // The sample values the preview fills in, per body language ("ru" / "en").
    static QMap<QString, QString> sampleValues(const QString &language);

signals:
    void message(const QString &text);

private:
    void fillFrom(const QModelIndex &index);
    void updateForm();
    void insertVariable(int index);
    void save();
    void onFailed(AdminService::Action action, const ApiError &error);
    bool isDirty() const;

    AdminService *m_service;
    AdminPrompts *m_prompts;
    CannedReplyListModel *m_model;
    QStringList m_known;
    std::optional<proto::CannedReply> m_original; // the reply being edited; nullopt: a new one
    bool m_loaded = false;
    QTableView *m_table;
    QPushButton *m_new;
    QLineEdit *m_shortcut;
    QLineEdit *m_title;
    QCheckBox *m_active;
    QPlainTextEdit *m_bodyRu;
    QPlainTextEdit *m_bodyEn;
    QTextBrowser *m_previewRu;
    QTextBrowser *m_previewEn;
    QComboBox *m_variables;
    QLabel *m_editing;
    QLabel *m_problem;
    QPushButton *m_revert;
    QPushButton *m_save;
    QPlainTextEdit *m_lastBody = nullptr; // where "Insert variable" writes
};

} // namespace p2pdesk::workstation
