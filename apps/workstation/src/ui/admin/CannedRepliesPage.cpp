#include "ui/admin/CannedRepliesPage.h"

#include "core/CannedTemplate.h"
#include "models/CannedReplyListModel.h"
#include "models/DisplayText.h"
#include "ui/admin/AdminPrompts.h"
#include "ui/admin/AdminTables.h"

#include "p2pdesk/proto/Tickets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace p2pdesk::workstation {

namespace {

const QRegularExpression &shortcutPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_-]{1,32}$"));
    return pattern;
}

QString braced(const QStringList &names)
{
    QStringList out;
    for (const QString &name : names)
        out << QStringLiteral("{%1}").arg(name);
    return out.join(QStringLiteral(", "));
}

// Telegram HTML keeps line breaks as written; Qt's rich text needs them as <br>.
QString previewHtml(const QString &body, const QString &language)
{
    QString html = CannedTemplate::render(body, CannedRepliesPage::sampleValues(language));
    return html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

CannedRepliesPage::CannedRepliesPage(AdminService *service, AdminPrompts *prompts, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_prompts(prompts)
    , m_model(new CannedReplyListModel(this))
    , m_table(new QTableView(this))
    , m_new(new QPushButton(tr("&New reply"), this))
    , m_shortcut(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_active(new QCheckBox(tr("Ac&tive (operators can use it)"), this))
    , m_bodyRu(new QPlainTextEdit(this))
    , m_bodyEn(new QPlainTextEdit(this))
    , m_previewRu(new QTextBrowser(this))
    , m_previewEn(new QTextBrowser(this))
    , m_variables(new QComboBox(this))
    , m_editing(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
    , m_save(new QPushButton(tr("&Save reply…"), this))
{
    setObjectName(QStringLiteral("cannedRepliesPage"));
    m_table->setObjectName(QStringLiteral("cannedRepliesTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    fitColumnsToContents(m_table);
    m_new->setObjectName(QStringLiteral("newCannedReplyButton"));
    m_new->setShortcut(QKeySequence::New);

    m_shortcut->setObjectName(QStringLiteral("shortcutLineEdit"));
    m_shortcut->setPlaceholderText(tr("e.g. rate-final"));
    m_shortcut->setMaxLength(static_cast<int>(proto::limits::kCannedShortcut));
    m_shortcut->setToolTip(tr("Operators type /shortcut in the chat. Lowercase Latin letters, digits, - and _."));
    m_title->setObjectName(QStringLiteral("titleLineEdit"));
    m_title->setPlaceholderText(tr("What the reply is for, e.g. “Final rate of the order”"));
    m_title->setMaxLength(static_cast<int>(proto::limits::kCannedTitle));
    m_active->setObjectName(QStringLiteral("activeCheckBox"));
    m_bodyRu->setObjectName(QStringLiteral("bodyRuTextEdit"));
    m_bodyEn->setObjectName(QStringLiteral("bodyEnTextEdit"));
    for (QPlainTextEdit *body : {m_bodyRu, m_bodyEn}) {
        body->setTabChangesFocus(true);
        body->setPlaceholderText(tr("Text for the customer; <b>bold</b>, <i>italic</i> and {variables} allowed"));
    }
    m_previewRu->setObjectName(QStringLiteral("previewRuBrowser"));
    m_previewEn->setObjectName(QStringLiteral("previewEnBrowser"));
    for (QTextBrowser *preview : {m_previewRu, m_previewEn}) {
        preview->setOpenLinks(false);
        preview->setFocusPolicy(Qt::NoFocus);
    }
    m_variables->setObjectName(QStringLiteral("insertVariableComboBox"));
    m_variables->setToolTip(tr("Inserts a variable where the cursor is in the text you edited last"));
    m_editing->setObjectName(QStringLiteral("editingLabel"));
    m_problem->setObjectName(QStringLiteral("cannedProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setTextFormat(Qt::PlainText);
    m_revert->setObjectName(QStringLiteral("revertCannedReplyButton"));
    m_save->setObjectName(QStringLiteral("saveCannedReplyButton"));
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_active->setChecked(true);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CannedRepliesPage::fillFrom);
    connect(m_new, &QPushButton::clicked, this, &CannedRepliesPage::startNew);
    connect(m_shortcut, &QLineEdit::textChanged, this, &CannedRepliesPage::updateForm);
    connect(m_title, &QLineEdit::textChanged, this, &CannedRepliesPage::updateForm);
    connect(m_active, &QCheckBox::toggled, this, &CannedRepliesPage::updateForm);
    for (QPlainTextEdit *body : {m_bodyRu, m_bodyEn}) {
        connect(body, &QPlainTextEdit::textChanged, this, [this, body] {
            m_lastBody = body;
            updateForm();
        });
    }
    connect(m_variables, &QComboBox::activated, this, &CannedRepliesPage::insertVariable);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (m_original && current.isValid())
            fillFrom(current);
        else
            startNew();
    });
    connect(m_save, &QPushButton::clicked, this, &CannedRepliesPage::save);

    connect(m_service, &AdminService::cannedRepliesLoaded, this,
            [this](const QList<proto::CannedReply> &replies, const QStringList &known) {
                m_known = known;
                m_loaded = true;
                m_variables->clear();
                m_variables->addItem(tr("Insert variable…"));
                for (const QString &name : known)
                    m_variables->addItem(QStringLiteral("{%1}").arg(name), name);
                const std::optional<std::int64_t> editing =
                    m_original ? std::optional<std::int64_t>(m_original->id) : std::nullopt;
                m_model->setReplies(replies);
                const int row = editing ? m_model->rowOf(*editing) : -1;
                if (row >= 0)
                    m_table->selectRow(row);
                else
                    updateForm();
            });
    connect(m_service, &AdminService::cannedReplySaved, this, [this](const proto::CannedReply &reply) {
        const int row = m_model->upsert(reply);
        m_original.reset();
        m_table->selectRow(row);
        fillFrom(m_model->index(row, 0));
        emit message(tr("Canned reply /%1 saved.").arg(QString::fromStdString(reply.shortcut)));
    });
    connect(m_service, &AdminService::failed, this, &CannedRepliesPage::onFailed);

    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_table, 1);
    auto *newRow = new QHBoxLayout;
    newRow->addWidget(m_new);
    newRow->addStretch();
    listLayout->addLayout(newRow);

    auto *formSide = new QWidget(this);
    auto *form = new QFormLayout;
    form->addRow(m_editing);
    form->addRow(tr("S&hortcut:"), m_shortcut);
    form->addRow(tr("T&itle:"), m_title);
    form->addRow(QString(), m_active);
    auto *ruLabel = new QLabel(tr("Russian te&xt:"), formSide);
    ruLabel->setBuddy(m_bodyRu);
    auto *enLabel = new QLabel(tr("&English text:"), formSide);
    enLabel->setBuddy(m_bodyEn);
    auto *bodies = new QGridLayout;
    bodies->addWidget(ruLabel, 0, 0);
    bodies->addWidget(enLabel, 0, 1);
    bodies->addWidget(m_bodyRu, 1, 0);
    bodies->addWidget(m_bodyEn, 1, 1);
    bodies->addWidget(new QLabel(tr("Preview with sample values:"), formSide), 2, 0, 1, 2);
    bodies->addWidget(m_previewRu, 3, 0);
    bodies->addWidget(m_previewEn, 3, 1);
    bodies->setRowStretch(1, 3);
    bodies->setRowStretch(3, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_variables);
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *formLayout = new QVBoxLayout(formSide);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(form);
    formLayout->addLayout(bodies, 1);
    formLayout->addWidget(m_problem);
    formLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("cannedRepliesSplitter"));
    splitter->addWidget(listSide);
    splitter->addWidget(formSide);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    // The list wide enough for its four columns at the admin window's usual size.
    splitter->setSizes({520, 780});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    startNew();
}

QMap<QString, QString> CannedRepliesPage::sampleValues(const QString &language)
{
    // What syncd fills in for a real order (service/TicketService), in the body's own language:
    // these are the customer's words, not the operator's interface.
    const bool ru = language == u"ru";
    return {
        {QStringLiteral("customer.name"), ru ? QStringLiteral("Анна") : QStringLiteral("Anna")},
        {QStringLiteral("operator.name"), QStringLiteral("alex")},
        {QStringLiteral("order.code"), QStringLiteral("K7Q2M9")},
        {QStringLiteral("order.final_rate"), QStringLiteral("92.35")},
        {QStringLiteral("order.amount_fiat"), QStringLiteral("92350.00")},
        {QStringLiteral("order.amount_crypto"), QStringLiteral("1000.000000")},
        {QStringLiteral("order.asset"), QStringLiteral("USDT")},
        {QStringLiteral("order.fiat"), QStringLiteral("RUB")},
        {QStringLiteral("order.status"),
         ru ? QStringLiteral("оплата подтверждена") : QStringLiteral("payment confirmed")},
        {QStringLiteral("order.deposit_address"), QStringLiteral("TJRyWwFs9wTFGZg3JbrVriFbNfCug5tDeC")},
    };
}

void CannedRepliesPage::reload()
{
    m_service->loadCannedReplies();
}

void CannedRepliesPage::startNew()
{
    m_original.reset();
    m_table->clearSelection();
    m_table->setCurrentIndex({});
    const QSignalBlocker blockShortcut(m_shortcut), blockTitle(m_title), blockActive(m_active), blockRu(m_bodyRu),
        blockEn(m_bodyEn);
    m_shortcut->clear();
    m_title->clear();
    m_active->setChecked(true);
    m_bodyRu->clear();
    m_bodyEn->clear();
    m_lastBody = m_bodyRu;
    m_editing->setText(tr("New reply"));
    updateForm();
    m_shortcut->setFocus();
}

void CannedRepliesPage::fillFrom(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const proto::CannedReply &reply = m_model->at(index.row());
    m_original = reply;
    const QSignalBlocker blockShortcut(m_shortcut), blockTitle(m_title), blockActive(m_active), blockRu(m_bodyRu),
        blockEn(m_bodyEn);
    m_shortcut->setText(QString::fromStdString(reply.shortcut));
    m_title->setText(QString::fromStdString(reply.title));
    m_active->setChecked(reply.active);
    m_bodyRu->setPlainText(QString::fromStdString(reply.bodyRu));
    m_bodyEn->setPlainText(QString::fromStdString(reply.bodyEn));
    m_lastBody = m_bodyRu;
    m_editing->setText(tr("Editing /%1").arg(QString::fromStdString(reply.shortcut)));
    updateForm();
}

bool CannedRepliesPage::isDirty() const
{
    if (!m_original) {
        return !m_shortcut->text().isEmpty() || !m_title->text().isEmpty() || !m_bodyRu->toPlainText().isEmpty() ||
               !m_bodyEn->toPlainText().isEmpty();
    }
    return m_shortcut->text().toStdString() != m_original->shortcut ||
           m_title->text().toStdString() != m_original->title || m_active->isChecked() != m_original->active ||
           m_bodyRu->toPlainText().toStdString() != m_original->bodyRu ||
           m_bodyEn->toPlainText().toStdString() != m_original->bodyEn;
}

QString CannedRepliesPage::problem() const
{
    if (!m_loaded)
        return tr("The canned replies are still loading.");
    const QString shortcut = m_shortcut->text();
    if (shortcut.isEmpty())
        return tr("Enter a shortcut.");
    if (!shortcutPattern().match(shortcut).hasMatch())
        return tr("The shortcut may hold only lowercase Latin letters, digits, “-” and “_”.");
    const QString ru = m_bodyRu->toPlainText();
    const QString en = m_bodyEn->toPlainText();
    if (ru.trimmed().isEmpty() && en.trimmed().isEmpty())
        return tr("Write the text in at least one language.");
    QStringList problems;
    if (const QStringList unknown = CannedTemplate::unknownVariables(ru, m_known); !unknown.isEmpty())
        problems << tr("The Russian text uses %n unknown variable(s): %1.", nullptr, int(unknown.size()))
                        .arg(braced(unknown));
    if (const QStringList unknown = CannedTemplate::unknownVariables(en, m_known); !unknown.isEmpty())
        problems << tr("The English text uses %n unknown variable(s): %1.", nullptr, int(unknown.size()))
                        .arg(braced(unknown));
    if (!problems.isEmpty())
        return problems.join(QLatin1Char(' ')) + QLatin1Char(' ') +
               tr("Use only the variables of “Insert variable”, or remove the braces.");
    return {};
}

void CannedRepliesPage::updateForm()
{
    m_previewRu->setHtml(previewHtml(m_bodyRu->toPlainText(), QStringLiteral("ru")));
    m_previewEn->setHtml(previewHtml(m_bodyEn->toPlainText(), QStringLiteral("en")));
    const bool dirty = isDirty();
    const QString why = dirty ? problem() : QString();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_save->setEnabled(dirty && why.isEmpty());
    m_revert->setEnabled(dirty);
    m_variables->setEnabled(m_variables->count() > 1);
}

void CannedRepliesPage::insertVariable(int index)
{
    const QString name = m_variables->itemData(index).toString();
    m_variables->setCurrentIndex(0);
    if (name.isEmpty() || !m_lastBody)
        return;
    m_lastBody->insertPlainText(QStringLiteral("{%1}").arg(name));
    m_lastBody->setFocus();
}

void CannedRepliesPage::save()
{
    if (!isDirty() || !problem().isEmpty())
        return;
    const QString shortcut = m_shortcut->text();
    const auto reason = m_prompts->reason(this, m_original ? tr("Change the canned reply /%1").arg(shortcut)
                                                           : tr("Create the canned reply /%1").arg(shortcut));
    if (!reason)
        return;
    proto::CannedReplyRequest request;
    request.shortcut = shortcut.toStdString();
    request.title = m_title->text().trimmed().toStdString();
    request.bodyRu = m_bodyRu->toPlainText().toStdString();
    request.bodyEn = m_bodyEn->toPlainText().toStdString();
    request.active = m_active->isChecked();
    request.reason = reason->toStdString();
    if (m_original) {
        request.version = m_original->version;
        m_service->updateCannedReply(m_original->id, request);
    } else {
        m_service->createCannedReply(request);
    }
}

void CannedRepliesPage::onFailed(AdminService::Action action, const ApiError &error)
{
    if (action != AdminService::Action::CreateCannedReply && action != AdminService::Action::UpdateCannedReply)
        return;
    QString text;
    if (error.code == u"conflict" && error.field == u"shortcut") {
        text = tr("Another reply already uses the shortcut /%1. Choose another one.").arg(m_shortcut->text());
    } else if (error.code == u"version_conflict") {
        text = tr("Someone else changed this reply meanwhile. The list has been reloaded: check it and make your "
                  "change again.");
        reload();
    } else if (error.code == u"validation_failed" && error.field == u"shortcut") {
        text = tr("The shortcut may hold only lowercase Latin letters, digits, “-” and “_”.");
    } else if (error.code == u"validation_failed" && error.field == u"body_ru") {
        text = tr("The server did not accept the Russian text: check its variables.");
    } else if (error.code == u"validation_failed" && error.field == u"body_en") {
        text = tr("The server did not accept the English text: check its variables.");
    } else {
        text = DisplayText::error(error);
    }
    m_problem->setText(tr("Not saved. %1").arg(text));
    m_problem->setToolTip(DisplayText::errorTooltip(error));
    m_problem->setVisible(true);
}

} // namespace p2pdesk::workstation
