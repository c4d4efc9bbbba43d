<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ApiError</name>
    <message>
        <source>The server did not understand the request.</source>
        <translation>Сервер не понял запрос.</translation>
    </message>
    <message>
        <source>Some of the entered values are not valid.</source>
        <translation>Некоторые введённые значения недопустимы.</translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation>Сеанс завершён. Войдите снова.</translation>
    </message>
    <message>
        <source>Login failed: wrong username, password or code, or the account is locked.</source>
        <translation>Вход не выполнен: неверное имя, пароль или код, либо учётная запись заблокирована.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>У вас нет прав на это действие.</translation>
    </message>
    <message>
        <source>It no longer exists on the server.</source>
        <translation>На сервере этого больше нет.</translation>
    </message>
    <message>
        <source>The server does not support this action.</source>
        <translation>Сервер не поддерживает это действие.</translation>
    </message>
    <message>
        <source>This conflicts with existing data.</source>
        <translation>Это противоречит существующим данным.</translation>
    </message>
    <message>
        <source>The order is no longer in a state that allows this.</source>
        <translation>Заявка уже в состоянии, в котором это невозможно.</translation>
    </message>
    <message>
        <source>Someone else changed the order meanwhile. It has been refreshed.</source>
        <translation>Заявку тем временем изменил кто-то другой. Она обновлена.</translation>
    </message>
    <message>
        <source>Another operator took this order first.</source>
        <translation>Другой оператор взял эту заявку раньше.</translation>
    </message>
    <message>
        <source>The base rate is out of date; quoting is stopped.</source>
        <translation>Базовый курс устарел; котирование остановлено.</translation>
    </message>
    <message>
        <source>The order is on hold until a senior clears its risk flags.</source>
        <translation>Заявка приостановлена, пока старший не снимет флаги риска.</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>Нужно указать причину.</translation>
    </message>
    <message>
        <source>Another senior must approve this payout first.</source>
        <translation>Сначала эту выплату должен одобрить другой старший.</translation>
    </message>
    <message>
        <source>Tick every checklist item first.</source>
        <translation>Сначала отметьте все пункты чек-листа.</translation>
    </message>
    <message>
        <source>A proof of payment is required.</source>
        <translation>Нужно подтверждение оплаты.</translation>
    </message>
    <message>
        <source>Enter the final rate.</source>
        <translation>Введите итоговый курс.</translation>
    </message>
    <message>
        <source>Enter the payout reference.</source>
        <translation>Введите номер (референс) выплаты.</translation>
    </message>
    <message>
        <source>No active hot wallet for this asset and network.</source>
        <translation>Нет активного горячего кошелька для этого актива и сети.</translation>
    </message>
    <message>
        <source>The rate deviates too far from the suggested rate; give a reason.</source>
        <translation>Курс слишком отличается от рекомендованного; укажите причину.</translation>
    </message>
    <message>
        <source>A limit would be exceeded.</source>
        <translation>Будет превышен лимит.</translation>
    </message>
    <message>
        <source>A repeated request did not match the original.</source>
        <translation>Повторный запрос не совпал с исходным.</translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation>Файл слишком большой.</translation>
    </message>
    <message>
        <source>This file type is not accepted.</source>
        <translation>Этот тип файла не принимается.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a little and try again.</source>
        <translation>Слишком много попыток. Подождите немного и попробуйте снова.</translation>
    </message>
    <message>
        <source>The server failed. Try again; if it repeats, tell the admin.</source>
        <translation>Ошибка сервера. Попробуйте ещё раз; если повторится, сообщите администратору.</translation>
    </message>
    <message>
        <source>This proof file was deleted after the retention period; only its SHA-256 is kept.</source>
        <translation>Файл этого подтверждения удалён по истечении срока хранения; сохранён только его SHA-256.</translation>
    </message>
    <message>
        <source>The server&apos;s database is unavailable. Try again shortly.</source>
        <translation>База данных сервера недоступна. Попробуйте чуть позже.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Сервер недоступен.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Сервер не ответил вовремя.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed since you trusted it. The connection was refused: this may be an attack. Ask the admin before trusting a new certificate.</source>
        <translation>Сертификат сервера изменился с тех пор, как вы ему доверились. Соединение отклонено: это может быть атака. Прежде чем доверять новому сертификату, свяжитесь с администратором.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not trusted, so nothing was sent.</source>
        <translation>Сертификату сервера не доверились, поэтому ничего не отправлено.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is invalid (expired or issued for another name).</source>
        <translation>Сертификат сервера недействителен (истёк или выпущен на другое имя).</translation>
    </message>
    <message>
        <source>The server sent an answer this version cannot read.</source>
        <translation>Сервер прислал ответ, который эта версия не может прочитать.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Запрос отменён.</translation>
    </message>
    <message>
        <source>The request failed (HTTP %1).</source>
        <translation>Запрос не выполнен (HTTP %1).</translation>
    </message>
    <message>
        <source>The customer must accept a new rate before the payout can start.</source>
        <translation>Клиент должен принять новый курс, прежде чем начнётся выплата.</translation>
    </message>
    <message>
        <source>New orders are switched off by the administrator.</source>
        <translation>Новые заявки отключены администратором.</translation>
    </message>
    <message>
        <source>The desk does not pay out to this bank in this currency (unknown or switched off in Administration → Banks).</source>
        <translation>Обменник не выплачивает в этот банк в этой валюте (банк неизвестен или отключён в разделе «Администрирование → Банки»).</translation>
    </message>
    <message>
        <source>An outside service the desk relies on did not answer. Try again later.</source>
        <translation>Внешний сервис, на который опирается обменник, не ответил. Попробуйте позже.</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>Many orders from this customer in 24 h</source>
        <translation>Много заявок от клиента за 24 ч</translation>
    </message>
    <message>
        <source>High volume from this customer in 24 h</source>
        <translation>Большой оборот клиента за 24 ч</translation>
    </message>
    <message>
        <source>Many orders to this payout account in 24 h</source>
        <translation>Много заявок на этот счёт выплаты за 24 ч</translation>
    </message>
    <message>
        <source>Order above the single-order limit</source>
        <translation>Заявка выше лимита на одну заявку</translation>
    </message>
    <message>
        <source>Payout details changed often in 30 days</source>
        <translation>Реквизиты часто менялись за 30 дней</translation>
    </message>
    <message>
        <source>Large first order</source>
        <translation>Крупная первая заявка</translation>
    </message>
    <message>
        <source>Proof file already used on another order</source>
        <translation>Файл подтверждения уже был в другой заявке</translation>
    </message>
    <message>
        <source>Transaction id already used on another order</source>
        <translation>Идентификатор транзакции уже был в другой заявке</translation>
    </message>
    <message>
        <source>Risk limits not configured</source>
        <translation>Лимиты риска не настроены</translation>
    </message>
    <message>
        <source>Other risk rule</source>
        <translation>Другое правило риска</translation>
    </message>
    <message>
        <source>%1 — %2 (rule %3)</source>
        <translation>%1 — %2 (правило %3)</translation>
    </message>
    <message>
        <source>for information</source>
        <translation>для сведения</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>приостановлено</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>заблокировано</translation>
    </message>
    <message>
        <source>%1 (limit %2)</source>
        <translation>%1 (лимит %2)</translation>
    </message>
    <message>
        <source>Error code for support: %1 (HTTP %2)</source>
        <translation>Код ошибки для поддержки: %1 (HTTP %2)</translation>
    </message>
    <message>
        <source>Error code for support: %1</source>
        <translation>Код ошибки для поддержки: %1</translation>
    </message>
    <message>
        <source>operator %1</source>
        <translation>оператор %1</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>клиент</translation>
    </message>
    <message>
        <source>customer @%1</source>
        <translation>клиент @%1</translation>
    </message>
    <message>
        <source>system</source>
        <translation>система</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>никто</translation>
    </message>
    <message>
        <source>Approved by %1 at %2</source>
        <translation>Одобрил %1, %2</translation>
    </message>
    <message>
        <source>Rejected by %1 at %2</source>
        <translation>Отклонил %1, %2</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Не требуется</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Не дано</translation>
    </message>
    <message>
        <source>Not needed (below the threshold)</source>
        <translation>Не требуется (ниже порога)</translation>
    </message>
    <message>
        <source>— another senior may still approve.</source>
        <translation>— одобрить может другой старший.</translation>
    </message>
    <message>
        <source>Waiting for a second senior (above the threshold)</source>
        <translation>Ждёт второго старшего (выше порога)</translation>
    </message>
    <message>
        <source>Needed before the payout (above the threshold)</source>
        <translation>Понадобится перед выплатой (выше порога)</translation>
    </message>
    <message>
        <source>Checked by the server when the payout starts</source>
        <translation>Проверяется сервером при начале выплаты</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>amount, asset</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>amount, currency</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 дн %2 ч</translation>
    </message>
    <message>
        <source>in %1</source>
        <comment>deadline</comment>
        <translation>через %1</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>просрочено на %1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Срок: %1</translation>
    </message>
    <message>
        <source>Customer blocked</source>
        <translation>Клиент заблокирован</translation>
    </message>
    <message>
        <source>First payout to new payout details</source>
        <translation>Первая выплата на новые реквизиты</translation>
    </message>
    <message>
        <source>Payout account used by other customers in 30 days</source>
        <translation>Реквизиты использовали другие клиенты за 30 дней</translation>
    </message>
    <message>
        <source>Amount far above this customer&apos;s usual</source>
        <translation>Сумма намного выше обычной для клиента</translation>
    </message>
    <message>
        <source>Payout details changed minutes after another order</source>
        <translation>Реквизиты сменены через несколько минут после другой заявки</translation>
    </message>
    <message>
        <source>%1, no limit set</source>
        <translation>%1, лимит не задан</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Номер запроса: %1</translation>
    </message>
    <message>
        <source>Fires when one order&apos;s amount in this currency is above the threshold.</source>
        <translation>Срабатывает, когда сумма одной заявки в этой валюте выше порога.</translation>
    </message>
    <message>
        <source>Fires when a customer&apos;s orders in this currency over 24 hours, this one included, add up to more than the threshold.</source>
        <translation>Срабатывает, когда заявки клиента в этой валюте за 24 часа, включая эту, в сумме превышают порог.</translation>
    </message>
    <message>
        <source>Fires when a customer&apos;s very first order is above the threshold in this currency.</source>
        <translation>Срабатывает, когда самая первая заявка клиента в этой валюте выше порога.</translation>
    </message>
    <message>
        <source>Fires when the first payout to payout details the desk has never paid is above the threshold: a cooling-off against stolen accounts.</source>
        <translation>Срабатывает, когда первая выплата на реквизиты, на которые касса ещё не платила, выше порога: выдержка против украденных счетов.</translation>
    </message>
    <message>
        <source>Fires when a customer places more orders in 24 hours than the threshold.</source>
        <translation>Срабатывает, когда клиент создаёт за 24 часа больше заявок, чем порог.</translation>
    </message>
    <message>
        <source>Fires when more orders than the threshold pay out to one payout account in 24 hours, whoever the customers are.</source>
        <translation>Срабатывает, когда за 24 часа на один счёт выплаты идёт больше заявок, чем порог, от любых клиентов.</translation>
    </message>
    <message>
        <source>Fires when a customer changes their payout details more often in 30 days than the threshold.</source>
        <translation>Срабатывает, когда клиент меняет реквизиты выплаты за 30 дней чаще, чем порог.</translation>
    </message>
    <message>
        <source>Fires when more other customers than the threshold were paid to the same payout account in 30 days: the pattern of a money mule.</source>
        <translation>Срабатывает, когда на тот же счёт выплаты за 30 дней получали деньги другие клиенты и их больше порога: признак дроппера.</translation>
    </message>
    <message>
        <source>Fires when an order is above the threshold times the customer&apos;s median order (once they have three completed orders in that currency).</source>
        <translation>Срабатывает, когда заявка больше медианной заявки клиента, умноженной на порог (когда у него уже есть три завершённые заявки в этой валюте).</translation>
    </message>
    <message>
        <source>Fires when a customer brings new payout details within the threshold in minutes of their previous order: the pattern of a hijacked account.</source>
        <translation>Срабатывает, когда клиент указывает новые реквизиты в пределах порога (в минутах) после предыдущей заявки: признак угнанного аккаунта.</translation>
    </message>
    <message>
        <source>A rule this workstation does not describe yet.</source>
        <translation>Это правило рабочее место пока не описывает.</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Отметить</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Задержать</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>first name (@username)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Клиент %1</translation>
    </message>
    <message>
        <source>30-day volume above the unverified customer&apos;s limit</source>
        <translation>Объём за 30 дней выше лимита неверифицированного клиента</translation>
    </message>
    <message>
        <source>30-day volume above the limit of verification level 1</source>
        <translation>Объём за 30 дней выше лимита уровня верификации 1</translation>
    </message>
    <message>
        <source>30-day volume above the limit of verification level 2</source>
        <translation>Объём за 30 дней выше лимита уровня верификации 2</translation>
    </message>
    <message>
        <source>Fires when an unverified customer&apos;s orders in this currency over 30 days, this one included, add up to more than the threshold.</source>
        <translation>Срабатывает, когда заявки неверифицированного клиента в этой валюте за 30 дней, включая эту, в сумме превышают порог.</translation>
    </message>
    <message>
        <source>Fires when the orders in this currency over 30 days of a customer at verification level 1 (an identity document checked), this one included, add up to more than the threshold.</source>
        <translation>Срабатывает, когда заявки клиента с уровнем верификации 1 (документ проверен) в этой валюте за 30 дней, включая эту, в сумме превышают порог.</translation>
    </message>
    <message>
        <source>Fires when the orders in this currency over 30 days of a customer at verification level 2 (fully verified), this one included, add up to more than the threshold.</source>
        <translation>Срабатывает, когда заявки клиента с уровнем верификации 2 (полная верификация) в этой валюте за 30 дней, включая эту, в сумме превышают порог.</translation>
    </message>
    <message>
        <source>Level 0 — unverified</source>
        <translation>Уровень 0 — не проверен</translation>
    </message>
    <message>
        <source>Level 1 — identity document checked</source>
        <translation>Уровень 1 — проверен документ</translation>
    </message>
    <message>
        <source>Level 2 — fully verified</source>
        <translation>Уровень 2 — полностью проверен</translation>
    </message>
    <message>
        <source>Sender address above the AML risk limit</source>
        <translation>Адрес отправителя выше предела риска AML</translation>
    </message>
    <message>
        <source>Fires when the address a customer&apos;s crypto came from scores above the desk&apos;s limit (Desk settings) in an AML screening: the order waits for a senior.</source>
        <translation>Срабатывает, когда адрес, с которого пришла криптовалюта клиента, получает в AML-проверке оценку риска выше предела обменника (раздел «Настройки»): заявка ждёт старшего.</translation>
    </message>
    <message>
        <source>score %1 of 100 (limit %2)</source>
        <translation>оценка %1 из 100 (предел %2)</translation>
    </message>
</context>
<context>
    <name>NotificationPolicy</name>
    <message>
        <source>New order %1</source>
        <translation>Новая заявка %1</translation>
    </message>
    <message>
        <source>Order %1: the customer sent the crypto</source>
        <translation>Заявка %1: клиент отправил криптовалюту</translation>
    </message>
    <message>
        <source>Check the proof and verify the payment.</source>
        <translation>Проверьте подтверждение и подтвердите оплату.</translation>
    </message>
    <message>
        <source>Order %1 is disputed</source>
        <translation>По заявке %1 открыт спор</translation>
    </message>
    <message>
        <source>Order %1 may need your approval</source>
        <translation>Заявке %1 может понадобиться ваше одобрение</translation>
    </message>
    <message>
        <source>Dispute on order %1</source>
        <translation>Спор по заявке %1</translation>
    </message>
</context>
<context>
    <name>TicketNotificationPolicy</name>
    <message>
        <source>Customer message on order %1</source>
        <translation>Сообщение клиента по заявке %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unread message(s).</source>
        <translation>
            <numerusform>%1: %n непрочитанное сообщение.</numerusform>
            <numerusform>%1: %n непрочитанных сообщения.</numerusform>
            <numerusform>%1: %n непрочитанных сообщений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>Сообщение от %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s).</source>
        <translation>
            <numerusform>%n непрочитанное сообщение.</numerusform>
            <numerusform>%n непрочитанных сообщения.</numerusform>
            <numerusform>%n непрочитанных сообщений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has taken this ticket yet.</source>
        <translation>Обращение пока никто не взял.</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::AdminPrompts</name>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>%1

Why? The reason is kept in the audit log.</source>
        <translation>%1

Почему? Причина сохраняется в журнале аудита.</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::AdminWindow</name>
    <message>
        <source>p2pdesk — administration</source>
        <translation>p2pdesk — администрирование</translation>
    </message>
    <message>
        <source>&amp;Operators</source>
        <translation>&amp;Операторы</translation>
    </message>
    <message>
        <source>&amp;Checklists</source>
        <translation>&amp;Чек-листы</translation>
    </message>
    <message>
        <source>R&amp;ates</source>
        <translation>&amp;Курсы</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Loading failed</source>
        <translation>Не удалось загрузить</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>Изменение не выполнено</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Canned &amp;replies</source>
        <translation>&amp;Шаблоны ответов</translation>
    </message>
    <message>
        <source>S&amp;upport</source>
        <translation>&amp;Поддержка</translation>
    </message>
    <message>
        <source>&amp;Limits</source>
        <translation>&amp;Лимиты</translation>
    </message>
    <message>
        <source>&amp;Wallets</source>
        <translation>Кош&amp;ельки</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Настро&amp;йки</translation>
    </message>
    <message>
        <source>&amp;Feature flags</source>
        <translation>&amp;Флаги функций</translation>
    </message>
    <message>
        <source>Au&amp;dit log</source>
        <translation>&amp;Журнал аудита</translation>
    </message>
    <message>
        <source>&amp;Banks</source>
        <translation>&amp;Банки</translation>
    </message>
    <message>
        <source>Reser&amp;ves</source>
        <translation>&amp;Резервы</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::AnnotationModel</name>
    <message>
        <source>(no note)</source>
        <translation>(без заметки)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::AppController</name>
    <message>
        <source>Order taken.</source>
        <translation>Заявка взята.</translation>
    </message>
    <message>
        <source>%1 %2 %3 (%4) for %5</source>
        <translation>%1 %2 %3 (%4) за %5</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Продажа</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Покупка</translation>
    </message>
    <message>
        <source>Enter the server as host:port or https://host:port.</source>
        <translation>Укажите сервер в виде хост:порт или https://хост:порт.</translation>
    </message>
    <message>
        <source>The new language applies when the workstation is started again.</source>
        <translation>Новый язык применится после перезапуска программы.</translation>
    </message>
    <message>
        <source>Your session has ended: %1 Please log in again.</source>
        <translation>Сеанс завершён: %1 Войдите снова.</translation>
    </message>
    <message>
        <source>On duty not changed: %1</source>
        <translation>Смена не изменена: %1</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::ApprovalsInbox</name>
    <message>
        <source>Approvals inbox</source>
        <translation>Входящие на одобрение</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Одобрить…</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Отклонить…</translation>
    </message>
    <message>
        <source>&amp;Open card</source>
        <translation>&amp;Открыть карточку</translation>
    </message>
    <message>
        <source>Order #%1 approved.</source>
        <translation>Заявка №%1 одобрена.</translation>
    </message>
    <message>
        <source>Order #%1 rejected.</source>
        <translation>Заявка №%1 отклонена.</translation>
    </message>
    <message>
        <source>No payout waits for your approval.</source>
        <translation>Нет выплат, ожидающих вашего одобрения.</translation>
    </message>
    <message>
        <source>Approve payout of order %1</source>
        <translation>Одобрить выплату по заявке %1</translation>
    </message>
    <message>
        <source>Reject payout of order %1</source>
        <translation>Отклонить выплату по заявке %1</translation>
    </message>
    <message>
        <source>Why? Your decision is bound to the order as you see it now.</source>
        <translation>Почему? Ваше решение привязано к заявке в её текущем виде.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::AssignTicketDialog</name>
    <message>
        <source>Assign ticket</source>
        <translation>Назначить обращение</translation>
    </message>
    <message>
        <source>Why this operator (required)</source>
        <translation>Почему этому оператору (обязательно)</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Оператор:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>No other operator is known to this workstation yet: operators appear here once they hold an order in the queue.</source>
        <translation>Этому рабочему месту пока не известен ни один другой оператор: операторы появляются здесь, когда ведут заявку в очереди.</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::AttachmentViewer</name>
    <message>
        <source>Save file</source>
        <translation>Сохранить файл</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>+ or wheel</source>
        <translation>+ или колесо</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>− or wheel</source>
        <translation>− или колесо</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>По размеру</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>Повернуть влево</translation>
    </message>
    <message>
        <source>Shift+R</source>
        <translation>Shift+R</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>Повернуть вправо</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <source>Save the file (Ctrl+S)</source>
        <translation>Сохранить файл (Ctrl+S)</translation>
    </message>
    <message>
        <source>This image declares %1 × %2 pixels, more than the viewer opens. It was not decoded: a file like this is broken or made to exhaust memory. Save it only to hand it to a senior.</source>
        <translation>В заголовке изображения указан размер %1 × %2 пикселей — больше, чем открывает просмотрщик. Оно не было декодировано: такой файл повреждён или сделан, чтобы исчерпать память. Сохраняйте его только для передачи старшему.</translation>
    </message>
    <message>
        <source>This file is not an image the viewer can show. Save it to open it elsewhere.</source>
        <translation>Этот файл — не изображение, которое может показать просмотрщик. Сохраните его, чтобы открыть в другой программе.</translation>
    </message>
    <message>
        <source>%1 × %2 px. Wheel or +/− to zoom, drag to move, R to rotate.</source>
        <translation>%1 × %2 пикс. Колесо или +/− — масштаб, перетаскивание — сдвиг, R — поворот.</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>Не удалось сохранить файл: %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Сохранено в %1.</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::AuditLogModel</name>
    <message>
        <source>Logged in</source>
        <translation>Вход в систему</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Вход отклонён</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Выход из системы</translation>
    </message>
    <message>
        <source>Operator created</source>
        <translation>Оператор создан</translation>
    </message>
    <message>
        <source>Operator deactivated</source>
        <translation>Оператор деактивирован</translation>
    </message>
    <message>
        <source>On duty changed</source>
        <translation>Смена дежурства</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Сброс пароля</translation>
    </message>
    <message>
        <source>Two-factor reset</source>
        <translation>Сброс двухфакторной защиты</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>Роли изменены</translation>
    </message>
    <message>
        <source>Order created</source>
        <translation>Заявка создана</translation>
    </message>
    <message>
        <source>Order taken</source>
        <translation>Заявка взята</translation>
    </message>
    <message>
        <source>Order released</source>
        <translation>Заявка возвращена в очередь</translation>
    </message>
    <message>
        <source>Payment instructions sent</source>
        <translation>Реквизиты для оплаты отправлены</translation>
    </message>
    <message>
        <source>Marked as sent</source>
        <translation>Отмечено как отправленное</translation>
    </message>
    <message>
        <source>Proof attached</source>
        <translation>Подтверждение приложено</translation>
    </message>
    <message>
        <source>Proof rejected</source>
        <translation>Подтверждение отклонено</translation>
    </message>
    <message>
        <source>Payment verified</source>
        <translation>Оплата проверена</translation>
    </message>
    <message>
        <source>Payout started</source>
        <translation>Выплата начата</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Выплачено</translation>
    </message>
    <message>
        <source>Order completed</source>
        <translation>Заявка завершена</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>Заявка отменена</translation>
    </message>
    <message>
        <source>Dispute opened</source>
        <translation>Открыт спор</translation>
    </message>
    <message>
        <source>Dispute resolved</source>
        <translation>Спор разрешён</translation>
    </message>
    <message>
        <source>Order sent back</source>
        <translation>Заявка возвращена на шаг назад</translation>
    </message>
    <message>
        <source>Order status changed</source>
        <translation>Статус заявки изменён</translation>
    </message>
    <message>
        <source>Payout approved</source>
        <translation>Выплата одобрена</translation>
    </message>
    <message>
        <source>Payout approval refused</source>
        <translation>В одобрении выплаты отказано</translation>
    </message>
    <message>
        <source>Checklist item ticked</source>
        <translation>Пункт чек-листа отмечен</translation>
    </message>
    <message>
        <source>Payout details viewed</source>
        <translation>Просмотр реквизитов выплаты</translation>
    </message>
    <message>
        <source>New rate offered</source>
        <translation>Предложен новый курс</translation>
    </message>
    <message>
        <source>New rate accepted</source>
        <translation>Новый курс принят</translation>
    </message>
    <message>
        <source>Old rate kept</source>
        <translation>Оставлен прежний курс</translation>
    </message>
    <message>
        <source>Risk flag raised</source>
        <translation>Поднят флаг риска</translation>
    </message>
    <message>
        <source>Risk flag cleared</source>
        <translation>Флаг риска снят</translation>
    </message>
    <message>
        <source>Proof added</source>
        <translation>Подтверждение добавлено</translation>
    </message>
    <message>
        <source>Proof marked up</source>
        <translation>Пометка на подтверждении</translation>
    </message>
    <message>
        <source>Rate changed</source>
        <translation>Курс изменён</translation>
    </message>
    <message>
        <source>Wallet added</source>
        <translation>Кошелёк добавлен</translation>
    </message>
    <message>
        <source>Wallet activated</source>
        <translation>Кошелёк включён</translation>
    </message>
    <message>
        <source>Wallet deactivated</source>
        <translation>Кошелёк отключён</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Настройки изменены</translation>
    </message>
    <message>
        <source>Checklist changed</source>
        <translation>Чек-лист изменён</translation>
    </message>
    <message>
        <source>Limit set</source>
        <translation>Лимит задан</translation>
    </message>
    <message>
        <source>Feature flag switched</source>
        <translation>Флаг функции переключён</translation>
    </message>
    <message>
        <source>Canned reply added</source>
        <translation>Шаблон ответа добавлен</translation>
    </message>
    <message>
        <source>Canned reply changed</source>
        <translation>Шаблон ответа изменён</translation>
    </message>
    <message>
        <source>Customer blocked</source>
        <translation>Клиент заблокирован</translation>
    </message>
    <message>
        <source>Customer unblocked</source>
        <translation>Клиент разблокирован</translation>
    </message>
    <message>
        <source>Ticket assigned</source>
        <translation>Обращение назначено</translation>
    </message>
    <message>
        <source>Ticket priority changed</source>
        <translation>Приоритет обращения изменён</translation>
    </message>
    <message>
        <source>Ticket closed</source>
        <translation>Обращение закрыто</translation>
    </message>
    <message>
        <source>Ticket reopened</source>
        <translation>Обращение открыто снова</translation>
    </message>
    <message>
        <source>Ticket read</source>
        <translation>Обращение прочитано</translation>
    </message>
    <message>
        <source>Reply sent</source>
        <translation>Ответ отправлен</translation>
    </message>
    <message>
        <source>Private note added</source>
        <translation>Добавлена служебная заметка</translation>
    </message>
    <message>
        <source>Customer wrote</source>
        <translation>Сообщение клиента</translation>
    </message>
    <message>
        <source>Customer edited a message</source>
        <translation>Клиент изменил сообщение</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сеанс</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Canned reply</source>
        <translation>Шаблон ответа</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>Proof mark-up</source>
        <translation>Пометка на подтверждении</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Кошелёк</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Лимит</translation>
    </message>
    <message>
        <source>Risk flag</source>
        <translation>Флаг риска</translation>
    </message>
    <message>
        <source>Feature flag</source>
        <translation>Флаг функции</translation>
    </message>
    <message>
        <source>Payout account</source>
        <translation>Реквизиты выплаты</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Одобрение</translation>
    </message>
    <message>
        <source>Switched on</source>
        <translation>Включено</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Порог</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>На дежурстве</translation>
    </message>
    <message>
        <source>Final rate</source>
        <translation>Итоговый курс</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>Customer #%1</source>
        <translation>Клиент №%1</translation>
    </message>
    <message>
        <source>Operator #%1</source>
        <translation>Оператор №%1</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Без входа в систему</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 №%2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(created: there was no earlier value)</source>
        <translation>(создано: прежнего значения не было)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::AuditLogPage</name>
    <message>
        <source>Logins and logouts</source>
        <translation>Входы и выходы</translation>
    </message>
    <message>
        <source>Refused logins</source>
        <translation>Отклонённые входы</translation>
    </message>
    <message>
        <source>Anything on orders</source>
        <translation>Всё по заявкам</translation>
    </message>
    <message>
        <source>Orders taken</source>
        <translation>Взятые заявки</translation>
    </message>
    <message>
        <source>Orders cancelled</source>
        <translation>Отменённые заявки</translation>
    </message>
    <message>
        <source>Payouts approved</source>
        <translation>Одобренные выплаты</translation>
    </message>
    <message>
        <source>Payout details viewed</source>
        <translation>Просмотр реквизитов выплаты</translation>
    </message>
    <message>
        <source>Operator accounts</source>
        <translation>Учётные записи операторов</translation>
    </message>
    <message>
        <source>Customers blocked or unblocked</source>
        <translation>Блокировка клиентов</translation>
    </message>
    <message>
        <source>Feature flags switched</source>
        <translation>Переключения флагов функций</translation>
    </message>
    <message>
        <source>Limits set</source>
        <translation>Изменения лимитов</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Настройки изменены</translation>
    </message>
    <message>
        <source>Rates changed</source>
        <translation>Изменения курсов</translation>
    </message>
    <message>
        <source>Wallets</source>
        <translation>Кошельки</translation>
    </message>
    <message>
        <source>&amp;Verify the chain now</source>
        <translation>Про&amp;верить цепочку сейчас</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;С даты</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;До даты</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Пока&amp;зать</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Любой</translation>
    </message>
    <message>
        <source>Anything</source>
        <translation>Что угодно</translation>
    </message>
    <message>
        <source>number or key</source>
        <translation>номер или ключ</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Любое действие</translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>Проверка цепочки…</translation>
    </message>
    <message>
        <source>Loading the audit log failed: %1</source>
        <translation>Не удалось загрузить журнал аудита: %1</translation>
    </message>
    <message>
        <source>The chain could not be verified: %1</source>
        <translation>Не удалось проверить цепочку: %1</translation>
    </message>
    <message>
        <source>Loading the operators failed: %1</source>
        <translation>Не удалось загрузить список операторов: %1</translation>
    </message>
    <message>
        <source>W&amp;ho</source>
        <translation>К&amp;то</translation>
    </message>
    <message>
        <source>Act&amp;ion</source>
        <translation>Де&amp;йствие</translation>
    </message>
    <message>
        <source>Conc&amp;erning</source>
        <translation>О&amp;бъект</translation>
    </message>
    <message>
        <source>Chain verified intact up to entry %1 at %2.</source>
        <translation>Цепочка проверена: цела до записи %1 (%2).</translation>
    </message>
    <message>
        <source>The chain has not been verified yet.</source>
        <translation>Цепочка ещё не проверялась.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) waiting to be sealed (normal for a few seconds).</source>
        <translation>
            <numerusform>%n запись ждёт запечатывания (несколько секунд — это нормально).</numerusform>
            <numerusform>%n записи ждут запечатывания (несколько секунд — это нормально).</numerusform>
            <numerusform>%n записей ждут запечатывания (несколько секунд — это нормально).</numerusform>
        </translation>
    </message>
    <message>
        <source>THE AUDIT LOG HAS BEEN TAMPERED WITH: the hash chain breaks at entry %1. Entries were changed, removed or reordered in the database. Keep the database as it is and investigate before trusting this log.</source>
        <translation>ЖУРНАЛ АУДИТА ПОДДЕЛАН: хеш-цепочка нарушена на записи %1. Записи в базе данных изменены, удалены или переставлены. Ничего не меняйте в базе и разберитесь, прежде чем доверять этому журналу.</translation>
    </message>
    <message>
        <source>Chain broken at entry %1; intact up to entry %2 (checked %3).</source>
        <translation>Цепочка нарушена на записи %1; цела до записи %2 (проверено %3).</translation>
    </message>
    <message>
        <source>Nothing in the audit log matches these filters.</source>
        <translation>В журнале аудита нет записей по этим условиям.</translation>
    </message>
    <message>
        <source>Select an entry to see its details.</source>
        <translation>Выберите запись, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <source>(not sealed yet)</source>
        <translation>(ещё не запечатана)</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>не указана</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-адрес</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Рабочее место</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::BankDialog</name>
    <message>
        <source>Customers may name this bank for payouts</source>
        <translation>Клиенты могут указывать этот банк для выплат</translation>
    </message>
    <message>
        <source>Edit bank %1</source>
        <translation>Изменить банк %1</translation>
    </message>
    <message>
        <source>New bank</source>
        <translation>Новый банк</translation>
    </message>
    <message>
        <source>e.g. SBER — capitals, digits and _</source>
        <translation>например, SBER — заглавные латинские буквы, цифры и _</translation>
    </message>
    <message>
        <source>as customers know it, e.g. Sberbank</source>
        <translation>как его знают клиенты, например, Сбербанк</translation>
    </message>
    <message>
        <source>two letters, e.g. RU; may stay empty</source>
        <translation>две буквы, например, RU; можно оставить пустым</translation>
    </message>
    <message>
        <source>why — kept in the audit log</source>
        <translation>почему — сохраняется в журнале аудита</translation>
    </message>
    <message>
        <source>The code never changes: payout accounts refer to it.</source>
        <translation>Код не меняется: на него ссылаются реквизиты для выплат.</translation>
    </message>
    <message>
        <source>The currency never changes: make another bank for another currency.</source>
        <translation>Валюта не меняется: для другой валюты заведите отдельный банк.</translation>
    </message>
    <message>
        <source>A new bank is active; switch it off later with Deactivate.</source>
        <translation>Новый банк сразу активен; отключить его можно позже кнопкой «Отключить».</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>Прич&amp;ина:</translation>
    </message>
    <message>
        <source>Enter the bank&apos;s code, e.g. SBER.</source>
        <translation>Введите код банка, например, SBER.</translation>
    </message>
    <message>
        <source>The code has 2 to 32 characters: Latin capitals, digits and “_”.</source>
        <translation>Код — от 2 до 32 символов: заглавные латинские буквы, цифры и «_».</translation>
    </message>
    <message>
        <source>Another bank already has the code %1.</source>
        <translation>Код %1 уже занят другим банком.</translation>
    </message>
    <message>
        <source>Enter the bank&apos;s name as customers know it.</source>
        <translation>Введите название банка, как его знают клиенты.</translation>
    </message>
    <message>
        <source>“%1” is not a country code: use two letters of ISO 3166, e.g. RU, KZ, TR — or leave it empty.</source>
        <translation>«%1» — не код страны: укажите две буквы по ISO 3166, например, RU, KZ, TR, или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>Пока ничего не изменено.</translation>
    </message>
    <message>
        <source>Say why: the reason goes to the audit log.</source>
        <translation>Укажите причину: она попадёт в журнал аудита.</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::BankListModel</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Customers may name this bank for payouts in %1.</source>
        <translation>Клиенты могут указывать этот банк для выплат в %1.</translation>
    </message>
    <message>
        <source>Switched off: no new payout account may name this bank.</source>
        <translation>Отключён: новые реквизиты для выплат не могут указывать этот банк.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменён</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::BanksPage</name>
    <message>
        <source>&amp;New bank…</source>
        <translation>&amp;Новый банк…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Отключить…</translation>
    </message>
    <message>
        <source>Bank added: %1 (%2). Customers may name it for payouts in %2.</source>
        <translation>Банк добавлен: %1 (%2). Клиенты могут указывать его для выплат в %2.</translation>
    </message>
    <message>
        <source>Bank saved: %1 (%2).</source>
        <translation>Банк сохранён: %1 (%2).</translation>
    </message>
    <message>
        <source>Bank saved: %1 (%2) is switched off; no new payout account may name it.</source>
        <translation>Банк сохранён: %1 (%2) отключён; новые реквизиты для выплат не могут его указывать.</translation>
    </message>
    <message>
        <source>No bank yet. Customers&apos; payout accounts may name a bank only once it is here, active and of the order&apos;s currency.</source>
        <translation>Банков пока нет. Реквизиты клиента для выплат могут указывать банк, только если он есть здесь, активен и работает в валюте заявки.</translation>
    </message>
    <message>
        <source>Customers&apos; payout accounts may name only an active bank of the order&apos;s currency. Select a bank to edit it or switch it off.</source>
        <translation>Реквизиты клиента для выплат могут указывать только активный банк в валюте заявки. Выберите банк, чтобы изменить или отключить его.</translation>
    </message>
    <message>
        <source>Acti&amp;vate…</source>
        <translation>&amp;Включить…</translation>
    </message>
    <message>
        <source>%1 (%2), pays out in %3.</source>
        <translation>%1 (%2), выплаты в %3.</translation>
    </message>
    <message>
        <source>%1 (%2), %3, pays out in %4.</source>
        <translation>%1 (%2), %3, выплаты в %4.</translation>
    </message>
    <message>
        <source>Active: customers may name it for new payouts.</source>
        <translation>Активен: клиенты могут указывать его для новых выплат.</translation>
    </message>
    <message>
        <source>Switched off: no new payout account may name it; accounts that name it keep it.</source>
        <translation>Отключён: новые реквизиты для выплат не могут его указывать; у уже сохранённых реквизитов он остаётся.</translation>
    </message>
    <message>
        <source>Deactivate the bank %1</source>
        <translation>Отключить банк %1</translation>
    </message>
    <message>
        <source>Activate the bank %1</source>
        <translation>Включить банк %1</translation>
    </message>
    <message>
        <source>Loading the banks failed: %1</source>
        <translation>Не удалось загрузить банки: %1</translation>
    </message>
    <message>
        <source>Another bank already has this code. Choose another code.</source>
        <translation>Этот код уже занят другим банком. Выберите другой код.</translation>
    </message>
    <message>
        <source>Nothing to save: the bank is like that already. The list has been reloaded.</source>
        <translation>Сохранять нечего: у банка уже такие данные. Список обновлён.</translation>
    </message>
    <message>
        <source>Another admin changed this bank meanwhile. The list has been reloaded: check the bank and make your change again.</source>
        <translation>Другой администратор тем временем изменил этот банк. Список обновлён: проверьте банк и внесите изменение заново.</translation>
    </message>
    <message>
        <source>This bank no longer exists on the server. The list has been reloaded.</source>
        <translation>Этого банка больше нет на сервере. Список обновлён.</translation>
    </message>
    <message>
        <source>The server did not accept the code: 2 to 32 Latin capitals, digits and “_”.</source>
        <translation>Сервер не принял код: от 2 до 32 заглавных латинских букв, цифр и «_».</translation>
    </message>
    <message>
        <source>The server did not accept the name: one line of at most 200 characters.</source>
        <translation>Сервер не принял название: одна строка не длиннее 200 символов.</translation>
    </message>
    <message>
        <source>The server did not accept the country: two letters of ISO 3166, e.g. RU, or nothing.</source>
        <translation>Сервер не принял страну: две буквы по ISO 3166, например, RU, или пустое поле.</translation>
    </message>
    <message>
        <source>The server does not know this currency.</source>
        <translation>Сервер не знает эту валюту.</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Не сохранено. %1</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::CannedRepliesPage</name>
    <message>
        <source>&amp;New reply</source>
        <translation>&amp;Новый ответ</translation>
    </message>
    <message>
        <source>Ac&amp;tive (operators can use it)</source>
        <translation>Акти&amp;вен (операторы могут его выбрать)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>От&amp;менить правки</translation>
    </message>
    <message>
        <source>&amp;Save reply…</source>
        <translation>&amp;Сохранить ответ…</translation>
    </message>
    <message>
        <source>e.g. rate-final</source>
        <translation>например, rate-final</translation>
    </message>
    <message>
        <source>Operators type /shortcut in the chat. Lowercase Latin letters, digits, - and _.</source>
        <translation>Оператор набирает /сокращение в чате. Строчные латинские буквы, цифры, «-» и «_».</translation>
    </message>
    <message>
        <source>What the reply is for, e.g. “Final rate of the order”</source>
        <translation>Для чего этот ответ, например «Итоговый курс по заявке»</translation>
    </message>
    <message>
        <source>Text for the customer; &lt;b&gt;bold&lt;/b&gt;, &lt;i&gt;italic&lt;/i&gt; and {variables} allowed</source>
        <translation>Текст для клиента; можно &lt;b&gt;жирный&lt;/b&gt;, &lt;i&gt;курсив&lt;/i&gt; и {переменные}</translation>
    </message>
    <message>
        <source>Inserts a variable where the cursor is in the text you edited last</source>
        <translation>Вставляет переменную в позицию курсора в тексте, который вы правили последним</translation>
    </message>
    <message>
        <source>Insert variable…</source>
        <translation>Вставить переменную…</translation>
    </message>
    <message>
        <source>Canned reply /%1 saved.</source>
        <translation>Шаблон ответа /%1 сохранён.</translation>
    </message>
    <message>
        <source>S&amp;hortcut:</source>
        <translation>Сокращ&amp;ение:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>За&amp;головок:</translation>
    </message>
    <message>
        <source>Russian te&amp;xt:</source>
        <translation>Текст на р&amp;усском:</translation>
    </message>
    <message>
        <source>&amp;English text:</source>
        <translation>Текст на англ&amp;ийском:</translation>
    </message>
    <message>
        <source>Preview with sample values:</source>
        <translation>Предпросмотр с примерными значениями:</translation>
    </message>
    <message>
        <source>New reply</source>
        <translation>Новый ответ</translation>
    </message>
    <message>
        <source>Editing /%1</source>
        <translation>Правка /%1</translation>
    </message>
    <message>
        <source>The canned replies are still loading.</source>
        <translation>Шаблоны ответов ещё загружаются.</translation>
    </message>
    <message>
        <source>Enter a shortcut.</source>
        <translation>Введите сокращение.</translation>
    </message>
    <message>
        <source>The shortcut may hold only lowercase Latin letters, digits, “-” and “_”.</source>
        <translation>В сокращении допустимы только строчные латинские буквы, цифры, «-» и «_».</translation>
    </message>
    <message>
        <source>Write the text in at least one language.</source>
        <translation>Напишите текст хотя бы на одном языке.</translation>
    </message>
    <message numerus="yes">
        <source>The Russian text uses %n unknown variable(s): %1.</source>
        <translation>
            <numerusform>В русском тексте %n неизвестная переменная: %1.</numerusform>
            <numerusform>В русском тексте %n неизвестные переменные: %1.</numerusform>
            <numerusform>В русском тексте %n неизвестных переменных: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The English text uses %n unknown variable(s): %1.</source>
        <translation>
            <numerusform>В английском тексте %n неизвестная переменная: %1.</numerusform>
            <numerusform>В английском тексте %n неизвестные переменные: %1.</numerusform>
            <numerusform>В английском тексте %n неизвестных переменных: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use only the variables of “Insert variable”, or remove the braces.</source>
        <translation>Используйте только переменные из списка «Вставить переменную» или уберите фигурные скобки.</translation>
    </message>
    <message>
        <source>Change the canned reply /%1</source>
        <translation>Изменить шаблон ответа /%1</translation>
    </message>
    <message>
        <source>Create the canned reply /%1</source>
        <translation>Создать шаблон ответа /%1</translation>
    </message>
    <message>
        <source>Another reply already uses the shortcut /%1. Choose another one.</source>
        <translation>Сокращение /%1 уже занято другим ответом. Выберите другое.</translation>
    </message>
    <message>
        <source>Someone else changed this reply meanwhile. The list has been reloaded: check it and make your change again.</source>
        <translation>Кто-то другой успел изменить этот ответ. Список обновлён: проверьте его и внесите правку заново.</translation>
    </message>
    <message>
        <source>The server did not accept the Russian text: check its variables.</source>
        <translation>Сервер не принял русский текст: проверьте переменные в нём.</translation>
    </message>
    <message>
        <source>The server did not accept the English text: check its variables.</source>
        <translation>Сервер не принял английский текст: проверьте переменные в нём.</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Не сохранено. %1</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::CannedReplyListModel</name>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Отключён</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Сокращение</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Изменён</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::ChatMessageDelegate</name>
    <message>
        <source>%1 · %2</source>
        <comment>author · time</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Private note — not sent</source>
        <translation>Внутренняя заметка — не отправляется</translation>
    </message>
    <message>
        <source>Edited by the customer. First written: %1</source>
        <translation>Клиент изменил сообщение. Сначала было: %1</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::ChatPane</name>
    <message>
        <source>Russian</source>
        <translation>русском</translation>
    </message>
    <message>
        <source>English</source>
        <translation>английском</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Клиент %1</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>Имя клиента</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Order code</source>
        <translation>Номер заявки</translation>
    </message>
    <message>
        <source>Final rate</source>
        <translation>Итоговый курс</translation>
    </message>
    <message>
        <source>Fiat amount</source>
        <translation>Сумма в валюте</translation>
    </message>
    <message>
        <source>Crypto amount</source>
        <translation>Сумма в криптовалюте</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Актив</translation>
    </message>
    <message>
        <source>Fiat currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Статус заявки</translation>
    </message>
    <message>
        <source>Deposit address</source>
        <translation>Адрес для депозита</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>Сохранить файл</translation>
    </message>
    <message>
        <source>The chat could not be read: %1</source>
        <translation>Не удалось загрузить переписку: %1</translation>
    </message>
    <message>
        <source>The bot signs every message to this customer with this word. Someone who claims to be the customer elsewhere (a call, another chat) must know it.</source>
        <translation>Бот подписывает этим словом каждое сообщение клиенту. Тот, кто называет себя этим клиентом в другом месте (по телефону, в другом чате), должен его знать.</translation>
    </message>
    <message>
        <source>Telegram cannot reach this customer: they blocked the bot or deleted the chat. Replies are not delivered; private notes still work.</source>
        <translation>Telegram не может связаться с клиентом: он заблокировал бота или удалил чат. Ответы не доставляются; внутренние заметки работают.</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Взять себе</translation>
    </message>
    <message>
        <source>Take this ticket: it shows as yours in the support inbox</source>
        <translation>Взять это обращение: во входящих поддержки оно будет отмечено как ваше</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Срочно</translation>
    </message>
    <message>
        <source>Urgent tickets come first in the support inbox</source>
        <translation>Срочные обращения стоят первыми во входящих поддержки</translation>
    </message>
    <message>
        <source>Reopen ticket</source>
        <translation>Переоткрыть обращение</translation>
    </message>
    <message>
        <source>Why is the ticket reopened?</source>
        <translation>Почему обращение открывается снова?</translation>
    </message>
    <message>
        <source>Close ticket</source>
        <translation>Закрыть обращение</translation>
    </message>
    <message>
        <source>Why is the ticket closed (e.g. answered, resolved by phone)?</source>
        <translation>Почему обращение закрывается (например, ответили, решили по телефону)?</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Ещё</translation>
    </message>
    <message>
        <source>Assign to another operator…</source>
        <translation>Назначить другому оператору…</translation>
    </message>
    <message>
        <source>Unassign…</source>
        <translation>Снять назначение…</translation>
    </message>
    <message>
        <source>Unassign ticket</source>
        <translation>Снять назначение</translation>
    </message>
    <message>
        <source>Why does the ticket go back to the desk?</source>
        <translation>Почему обращение возвращается в общую очередь?</translation>
    </message>
    <message>
        <source>Edit as text</source>
        <translation>Изменить как текст</translation>
    </message>
    <message>
        <source>Put the rendered words into the composer to change them before sending</source>
        <translation>Перенести готовый текст в поле ввода, чтобы изменить его перед отправкой</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Write a note for the desk only; it is never sent to the customer (Ctrl+Shift+I)</source>
        <translation>Заметка только для сотрудников; клиенту она не отправляется (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Private note — only the desk sees it; it is never sent to the customer.</source>
        <translation>Внутренняя заметка — её видят только сотрудники, клиенту она не отправляется.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>&lt;b&gt;No messages yet&lt;/b&gt;</source>
        <translation>&lt;b&gt;Сообщений пока нет&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chat&lt;/b&gt;</source>
        <translation>&lt;b&gt;Переписка&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The customer has not written about this order yet.</source>
        <translation>Клиент ещё не писал по этой заявке.</translation>
    </message>
    <message>
        <source>Loading the chat…</source>
        <translation>Переписка загружается…</translation>
    </message>
    <message>
        <source>The chat is not available offline.</source>
        <translation>Без связи переписка недоступна.</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Закрыть…</translation>
    </message>
    <message>
        <source>No messages yet.

The chat of this order starts with the customer&apos;s first message in the bot; the desk can answer here from then on.</source>
        <translation>Сообщений пока нет.

Переписка по заявке начинается с первого сообщения клиента в боте; после этого здесь можно ему отвечать.</translation>
    </message>
    <message>
        <source>writes in %1</source>
        <translation>пишет на %1</translation>
    </message>
    <message>
        <source>Verification word: %1</source>
        <translation>Кодовое слово: %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>срочно</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>не назначено</translation>
    </message>
    <message>
        <source>assigned to you</source>
        <translation>назначено вам</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>назначено: %1</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>заявка %1</translation>
    </message>
    <message>
        <source>general question (no order)</source>
        <translation>общий вопрос (без заявки)</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Переоткрыть…</translation>
    </message>
    <message>
        <source>Canned reply /%1 (%2)</source>
        <translation>Шаблон /%1 (%2)</translation>
    </message>
    <message>
        <source>Canned reply</source>
        <translation>Шаблон ответа</translation>
    </message>
    <message>
        <source>Canned reply /%1 — %2</source>
        <translation>Шаблон /%1 — %2</translation>
    </message>
    <message>
        <source>Rendering the preview…</source>
        <translation>Готовится предпросмотр…</translation>
    </message>
    <message>
        <source>/%1 — %2</source>
        <translation>/%1 — %2</translation>
    </message>
    <message>
        <source>Canned reply /%1 — %2. The customer gets it in %3:</source>
        <translation>Шаблон /%1 — %2. Клиент получит его на %3:</translation>
    </message>
    <message>
        <source>This reply needs what the ticket does not have yet: %1. Fill it in below.</source>
        <translation>Для этого ответа не хватает данных обращения: %1. Заполните ниже.</translation>
    </message>
    <message>
        <source>This reply uses words the server does not know (%1). Ask the admin to fix it; it cannot be sent.</source>
        <translation>В шаблоне есть переменные, которых сервер не знает (%1). Попросите администратора исправить его; отправить его нельзя.</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Нет предпросмотра: %1</translation>
    </message>
    <message>
        <source>Private note for the desk (never sent to the customer). Ctrl+Enter adds it.</source>
        <translation>Заметка для сотрудников (клиенту не отправляется). Ctrl+Enter — добавить.</translation>
    </message>
    <message>
        <source>Reply to the customer. Ctrl+Enter sends; type / for canned replies.</source>
        <translation>Ответ клиенту. Ctrl+Enter — отправить; / — шаблоны ответов.</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <source>Offline: sending is paused. Your draft is kept; send it when the connection returns.</source>
        <translation>Нет связи: отправка приостановлена. Черновик сохранён; отправьте его, когда связь восстановится.</translation>
    </message>
    <message>
        <source>Nothing to answer yet: the desk can write here once the customer has written about this order.</source>
        <translation>Отвечать пока не на что: писать здесь можно, когда клиент напишет по этой заявке.</translation>
    </message>
    <message>
        <source>Waiting for the server to confirm the last message…</source>
        <translation>Ждём, пока сервер подтвердит последнее сообщение…</translation>
    </message>
    <message>
        <source>%1 characters; at most %2 can be sent.</source>
        <translation>%1 символов; отправить можно не более %2.</translation>
    </message>
    <message>
        <source>This canned reply cannot be sent.</source>
        <translation>Этот шаблон отправить нельзя.</translation>
    </message>
    <message>
        <source>The customer cannot be reached; a reply will not be delivered.</source>
        <translation>Клиент недоступен; ответ не будет доставлен.</translation>
    </message>
    <message>
        <source>The message was not sent: %1 It is back in the composer.</source>
        <translation>Сообщение не отправлено: %1 Текст возвращён в поле ввода.</translation>
    </message>
    <message>
        <source>The ticket was not assigned: %1</source>
        <translation>Обращение не назначено: %1</translation>
    </message>
    <message>
        <source>The priority was not changed: %1</source>
        <translation>Приоритет не изменён: %1</translation>
    </message>
    <message>
        <source>The ticket was not closed: %1</source>
        <translation>Обращение не закрыто: %1</translation>
    </message>
    <message>
        <source>The ticket was not reopened: %1</source>
        <translation>Обращение не открыто снова: %1</translation>
    </message>
    <message>
        <source>The file could not be downloaded: %1</source>
        <translation>Не удалось загрузить файл: %1</translation>
    </message>
    <message>
        <source>Files are downloaded from the server; open it again when the connection returns.</source>
        <translation>Файлы загружаются с сервера; откройте файл снова, когда связь восстановится.</translation>
    </message>
    <message>
        <source>Downloading the file…</source>
        <translation>Файл загружается…</translation>
    </message>
    <message>
        <source>The file that arrived is not the file the server recorded (SHA-256 mismatch). It was not opened; tell a senior.</source>
        <translation>Полученный файл — не тот, что записан на сервере (не совпадает SHA-256). Он не открыт; сообщите старшему.</translation>
    </message>
    <message>
        <source>Photo from %1</source>
        <translation>Фото от %1</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Не удалось сохранить файл: %1</translation>
    </message>
    <message>
        <source>Saved to %1. &lt;a href=&quot;%2&quot;&gt;Open it&lt;/a&gt;</source>
        <translation>Сохранено в %1. &lt;a href=&quot;%2&quot;&gt;Открыть&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Копировать текст</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Открыть: %1</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::ChecklistEditModel</name>
    <message>
        <source>saved #%1</source>
        <translation>сохранён, №%1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::ChecklistModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Ticked by</source>
        <translation>Отметил</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::ChecklistsPage</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Выше</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Ниже</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Сохранить…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Отменить правки</translation>
    </message>
    <message>
        <source>Verify payment (gates “payment verified”)</source>
        <translation>Проверка оплаты (нужна для «оплата подтверждена»)</translation>
    </message>
    <message>
        <source>Payout (gates “paid out”)</source>
        <translation>Выплата (нужна для «выплачено»)</translation>
    </message>
    <message>
        <source>New item, e.g. “Amount received matches the order”</source>
        <translation>Новый пункт, например «Полученная сумма совпадает с заявкой»</translation>
    </message>
    <message>
        <source>Checklist saved.</source>
        <translation>Чек-лист сохранён.</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Чек-лист:</translation>
    </message>
    <message>
        <source>Change the checklist “%1”</source>
        <translation>Изменить чек-лист «%1»</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::CreateOrderDialog</name>
    <message>
        <source>Create order for this customer</source>
        <translation>Создать заявку для этого клиента</translation>
    </message>
    <message>
        <source>%1 (Telegram id %2)</source>
        <translation>%1 (Telegram id %2)</translation>
    </message>
    <message>
        <source>The customer sells crypto (the desk pays out money)</source>
        <translation>Клиент продаёт криптовалюту (обменник выплачивает деньги)</translation>
    </message>
    <message>
        <source>The customer buys crypto (the desk sends crypto)</source>
        <translation>Клиент покупает криптовалюту (обменник отправляет криптовалюту)</translation>
    </message>
    <message>
        <source>e.g. 250.00</source>
        <translation>например, 250,00</translation>
    </message>
    <message>
        <source>Create order</source>
        <translation>Создать заявку</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Направление:</translation>
    </message>
    <message>
        <source>Pair:</source>
        <translation>Пара:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Сумма:</translation>
    </message>
    <message>
        <source>The server prices the order at the desk&apos;s current rate and checks it against the risk limits, as for an order from the bot.</source>
        <translation>Сервер рассчитает заявку по текущему курсу обменника и проверит её по лимитам риска — так же, как заявку из бота.</translation>
    </message>
    <message>
        <source>The desk&apos;s rates could not be read: %1</source>
        <translation>Не удалось получить курсы обменника: %1</translation>
    </message>
    <message>
        <source>The order was not created: %1</source>
        <translation>Заявка не создана: %1</translation>
    </message>
    <message>
        <source>%1 (%2) for %3, rate %4</source>
        <translation>%1 (%2) за %3, курс %4</translation>
    </message>
    <message>
        <source>Where the desk pays the customer (card or account number):</source>
        <translation>Куда обменник выплачивает клиенту (номер карты или счёта):</translation>
    </message>
    <message>
        <source>The customer&apos;s wallet address for the crypto:</source>
        <translation>Адрес кошелька клиента для криптовалюты:</translation>
    </message>
    <message>
        <source>Choose a pair the desk quotes.</source>
        <translation>Выберите пару, по которой обменник даёт курс.</translation>
    </message>
    <message>
        <source>Enter the amount as a number.</source>
        <translation>Введите сумму числом.</translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation>Банк:</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Не указан</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::CustomerDirectoryDialog</name>
    <message>
        <source>Show &amp;more</source>
        <translation>&amp;Показать ещё</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Telegram ID, @username, name, order code, payout account or its last four digits</source>
        <translation>Telegram ID, @имя пользователя, имя, код заявки, счёт для выплаты или его последние четыре цифры</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Все клиенты</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Заблокированные</translation>
    </message>
    <message>
        <source>Not blocked</source>
        <translation>Не заблокированы</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>The desk knows no customer yet.</source>
        <translation>У обменника пока нет клиентов.</translation>
    </message>
    <message>
        <source>No customer found for “%1”.</source>
        <translation>По запросу «%1» клиентов не найдено.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) shown</source>
        <translation>
            <numerusform>Показан %n клиент</numerusform>
            <numerusform>Показаны %n клиента</numerusform>
            <numerusform>Показано %n клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; more are found — “Show more” lists them.</source>
        <translation>%1; найдено больше — «Показать ещё» выведет остальных.</translation>
    </message>
    <message>
        <source>The customers could not be listed: %1</source>
        <translation>Не удалось загрузить список клиентов: %1</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::CustomerDirectoryModel</name>
    <message>
        <source>Telegram ID</source>
        <translation>Telegram ID</translation>
    </message>
    <message>
        <source>Order code</source>
        <translation>Код заявки</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Payout account</source>
        <translation>Счёт для выплаты</translation>
    </message>
    <message>
        <source>Blocked by %1: %2</source>
        <translation>Заблокировал %1: %2</translation>
    </message>
    <message>
        <source>Uncleared risk flags on the customer or their open orders</source>
        <translation>Неснятые риск-флаги клиента и его открытых заявок</translation>
    </message>
    <message>
        <source>Double-click to open the customer&apos;s profile</source>
        <translation>Двойной щелчок откроет профиль клиента</translation>
    </message>
    <message>
        <source>no orders</source>
        <translation>заявок нет</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Заблокирован</translation>
    </message>
    <message>
        <source>Unreachable in Telegram</source>
        <translation>Недоступен в Telegram</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Флаги</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Последняя заявка</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Найден по</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Уровень %1</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Верификация</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::CustomerNotesModel</name>
    <message>
        <source>Written</source>
        <translation>Написана</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::CustomerOrdersModel</name>
    <message>
        <source>A risk flag holds this order until a senior clears it.</source>
        <translation>Заявка задержана риск-флагом, пока старший его не снимет.</translation>
    </message>
    <message>
        <source>Double-click to open the order</source>
        <translation>Двойной щелчок открывает заявку</translation>
    </message>
    <message>
        <source>%1, on hold</source>
        <translation>%1, задержана</translation>
    </message>
    <message>
        <source>Sells %1</source>
        <translation>Продаёт %1</translation>
    </message>
    <message>
        <source>Buys %1</source>
        <translation>Покупает %1</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Crypto</source>
        <translation>Крипто</translation>
    </message>
    <message>
        <source>Fiat</source>
        <translation>Фиат</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Изменена</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::CustomerProfileDialog</name>
    <message>
        <source>English</source>
        <translation>английском</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русском</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>Risk flags</source>
        <translation>Риск-флаги</translation>
    </message>
    <message>
        <source>Payout accounts</source>
        <translation>Реквизиты выплат</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Double-click a flag to open its order</source>
        <translation>Двойной щелчок по флагу открывает его заявку</translation>
    </message>
    <message>
        <source>The customer is blocked. Their open orders are held until a senior clears the flag on each.</source>
        <translation>Клиент заблокирован. Его открытые заявки задержаны, пока старший не снимет флаг на каждой.</translation>
    </message>
    <message>
        <source>The customer is unblocked. Holds on their orders stay until a senior clears them.</source>
        <translation>Клиент разблокирован. Задержки на его заявках остаются, пока старший их не снимет.</translation>
    </message>
    <message>
        <source>Loading the customer…</source>
        <translation>Загрузка клиента…</translation>
    </message>
    <message>
        <source>Customer — %1</source>
        <translation>Клиент — %1</translation>
    </message>
    <message>
        <source>Telegram ID %1 · speaks %2 · known since %3</source>
        <translation>Telegram ID %1 · общается на %2 · с нами с %3</translation>
    </message>
    <message>
        <source>Telegram does not deliver to this customer (they blocked the bot or left Telegram): messages to them are not received.</source>
        <translation>Telegram не доставляет сообщения этому клиенту (он заблокировал бота или удалил аккаунт): наши сообщения до него не доходят.</translation>
    </message>
    <message>
        <source>Blocked by %1 at %2.</source>
        <translation>Заблокировал %1, %2.</translation>
    </message>
    <message>
        <source>Blocked.</source>
        <translation>Заблокирован.</translation>
    </message>
    <message>
        <source>%1 The bot takes no new order from this customer. Reason: %2</source>
        <translation>%1 Бот не принимает от этого клиента новые заявки. Причина: %2</translation>
    </message>
    <message>
        <source>Orders (%1)</source>
        <translation>Заявки (%1)</translation>
    </message>
    <message>
        <source>Risk flags (%1, %2 open)</source>
        <translation>Риск-флаги (%1, открыто: %2)</translation>
    </message>
    <message>
        <source>Risk flags (%1)</source>
        <translation>Риск-флаги (%1)</translation>
    </message>
    <message>
        <source>Payout accounts (%1)</source>
        <translation>Реквизиты выплат (%1)</translation>
    </message>
    <message>
        <source>Tickets (%1)</source>
        <translation>Обращения (%1)</translation>
    </message>
    <message>
        <source>&amp;Unblock…</source>
        <translation>&amp;Разблокировать…</translation>
    </message>
    <message>
        <source>&amp;Block…</source>
        <translation>&amp;Заблокировать…</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>Заблокировать: %1</translation>
    </message>
    <message>
        <source>Unblock %1</source>
        <translation>Разблокировать: %1</translation>
    </message>
    <message>
        <source>The bot will take no new order from this customer, and each of their open orders will be held until a senior clears it.

Why? The reason is kept in the audit log.</source>
        <translation>Бот перестанет принимать от этого клиента новые заявки, а каждая его открытая заявка будет задержана, пока старший не снимет задержку.

Почему? Причина сохраняется в журнале аудита.</translation>
    </message>
    <message>
        <source>The bot will take orders from this customer again. Holds on their orders stay until a senior clears them.

Why? The reason is kept in the audit log.</source>
        <translation>Бот снова будет принимать заявки от этого клиента. Задержки на его заявках остаются, пока старший их не снимет.

Почему? Причина сохраняется в журнале аудита.</translation>
    </message>
    <message>
        <source>Blocking…</source>
        <translation>Блокируем…</translation>
    </message>
    <message>
        <source>Unblocking…</source>
        <translation>Разблокируем…</translation>
    </message>
    <message>
        <source>This customer is not known to the server.</source>
        <translation>Сервер не знает такого клиента.</translation>
    </message>
    <message>
        <source>The profile could not be loaded: %1</source>
        <translation>Не удалось загрузить карточку клиента: %1</translation>
    </message>
    <message>
        <source>Someone else blocked this customer meanwhile. The profile has been refreshed.</source>
        <translation>Кто-то другой уже заблокировал этого клиента. Карточка обновлена.</translation>
    </message>
    <message>
        <source>Someone else unblocked this customer meanwhile. The profile has been refreshed.</source>
        <translation>Кто-то другой уже разблокировал этого клиента. Карточка обновлена.</translation>
    </message>
    <message>
        <source>The customer was not blocked: %1</source>
        <translation>Клиент не заблокирован: %1</translation>
    </message>
    <message>
        <source>The customer was not unblocked: %1</source>
        <translation>Клиент не разблокирован: %1</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>&amp;Добавить заметку…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>The note is saved with your name.</source>
        <translation>Заметка сохранена с вашим именем.</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Заметки (%1)</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Заметка о клиенте %1</translation>
    </message>
    <message>
        <source>What should whoever serves this customer next know? The note is kept with your name and cannot be changed later; a correction is a new note.</source>
        <translation>Что нужно знать тому, кто будет обслуживать этого клиента дальше? Заметка сохраняется с вашим именем и потом не меняется; исправление — новая заметка.</translation>
    </message>
    <message>
        <source>The note (Ctrl+Enter to save)</source>
        <translation>Заметка (Ctrl+Enter — сохранить)</translation>
    </message>
    <message>
        <source>Saving the note…</source>
        <translation>Сохраняем заметку…</translation>
    </message>
    <message>
        <source>The note was not saved: %1</source>
        <translation>Заметка не сохранена: %1</translation>
    </message>
    <message>
        <source>&amp;Reveal requisites…</source>
        <translation>&amp;Показать реквизиты…</translation>
    </message>
    <message>
        <source>Shows the selected account in full. Needs a reason; the audit log keeps who read it.</source>
        <translation>Показывает выбранные реквизиты полностью. Нужна причина; журнал аудита сохранит, кто их смотрел.</translation>
    </message>
    <message>
        <source>Reveal %1 of %2</source>
        <translation>Показать %1 клиента %2</translation>
    </message>
    <message>
        <source>The full requisites are shown to you in this window only. Why do you need them? The reason and your name are kept in the audit log.</source>
        <translation>Полные реквизиты будут показаны только вам и только в этом окне. Зачем они нужны? Причина и ваше имя сохранятся в журнале аудита.</translation>
    </message>
    <message>
        <source>Reading the requisites…</source>
        <translation>Читаем реквизиты…</translation>
    </message>
    <message>
        <source>%1 in full: %2</source>
        <translation>%1 полностью: %2</translation>
    </message>
    <message>
        <source>Revealed to you; the read is in the audit log.</source>
        <translation>Показано вам; просмотр записан в журнал аудита.</translation>
    </message>
    <message>
        <source>The requisites were not revealed: %1</source>
        <translation>Реквизиты не показаны: %1</translation>
    </message>
    <message>
        <source>&amp;Verification level…</source>
        <translation>&amp;Уровень верификации…</translation>
    </message>
    <message>
        <source>Raises or lowers how far the desk has verified this customer; each level has its own 30-day limit. Needs a reason.</source>
        <translation>Повышает или понижает уровень верификации клиента; у каждого уровня свой лимит за 30 дней. Нужна причина.</translation>
    </message>
    <message>
        <source>The verification level is now “%1”. Its 30-day limit applies from the customer&apos;s next order.</source>
        <translation>Уровень верификации теперь «%1». Его лимит за 30 дней действует со следующей заявки клиента.</translation>
    </message>
    <message>
        <source>Verification: %1.</source>
        <translation>Верификация: %1.</translation>
    </message>
    <message>
        <source>Set by %1 at %2: %3</source>
        <translation>Установил %1, %2: %3</translation>
    </message>
    <message>
        <source>Verification level of %1</source>
        <translation>Уровень верификации: %1</translation>
    </message>
    <message>
        <source>Now: %1. Each level has its own 30-day limit per currency (set on the limits screen); the new one applies from the customer&apos;s next order.

Why? Say what you checked; the reason is kept in the audit log.</source>
        <translation>Сейчас: %1. У каждого уровня свой лимит за 30 дней в каждой валюте (задаётся на экране лимитов); новый действует со следующей заявки клиента.

Почему? Напишите, что вы проверили; причина сохраняется в журнале аудита.</translation>
    </message>
    <message>
        <source>New &amp;level:</source>
        <translation>Новый &amp;уровень:</translation>
    </message>
    <message>
        <source>Changing the verification level…</source>
        <translation>Меняем уровень верификации…</translation>
    </message>
    <message>
        <source>Someone else changed this customer&apos;s verification level meanwhile. The profile has been refreshed.</source>
        <translation>Кто-то другой тем временем изменил уровень верификации клиента. Профиль обновлён.</translation>
    </message>
    <message>
        <source>The verification level was not changed: %1</source>
        <translation>Уровень верификации не изменён: %1</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::CustomerRiskFlagModel</name>
    <message>
        <source>the customer</source>
        <translation>клиент</translation>
    </message>
    <message>
        <source>open</source>
        <translation>не снят</translation>
    </message>
    <message>
        <source>by %1 at %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Что замечено</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Поднят</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Снят</translation>
    </message>
    <message>
        <source>Why cleared</source>
        <translation>Почему снят</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::CustomerTicketsModel</name>
    <message>
        <source>Order %1</source>
        <translation>Заявка %1</translation>
    </message>
    <message>
        <source>General questions</source>
        <translation>Общие вопросы</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Customer&apos;s last message</source>
        <translation>Последнее сообщение клиента</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Не прочитано</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::DeskSettingsPage</name>
    <message>
        <source>Take new Telegram orders only while an operator is on duty</source>
        <translation>Принимать новые заявки из Telegram, только пока дежурит оператор</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>От&amp;менить правки</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Сохранить…</translation>
    </message>
    <message>
        <source>Payouts a senior approves</source>
        <translation>Выплаты, которые одобряет старший</translation>
    </message>
    <message>
        <source>every payout</source>
        <translation>любая выплата</translation>
    </message>
    <message>
        <source>%1 from:</source>
        <translation>%1 от:</translation>
    </message>
    <message>
        <source>A payout of this amount or more waits for a senior&apos;s approval. Left empty, every payout in that currency does.</source>
        <translation>Выплата на эту сумму или больше ждёт одобрения старшего. Если поле пустое — любая выплата в этой валюте.</translation>
    </message>
    <message>
        <source>How long an order may stay</source>
        <translation>Сколько заявка может оставаться в статусе</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>без срока</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>минут</translation>
    </message>
    <message>
        <source>Paid out, completes by itself after:</source>
        <translation>Выплачена — завершается сама через:</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>часов</translation>
    </message>
    <message>
        <source>Past half the time the order is marked as running late; past all of it, as overdue. 0 minutes: no deadline.</source>
        <translation>После половины срока заявка отмечается как задерживающаяся, после всего срока — как просроченная. 0 минут — без срока.</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Курсы</translation>
    </message>
    <message>
        <source>A take needs a reason beyond:</source>
        <translation>Взятие с причиной, если отклонение больше:</translation>
    </message>
    <message>
        <source>percent from the suggested rate</source>
        <translation>% от рекомендованного курса</translation>
    </message>
    <message>
        <source>Only a senior may take beyond:</source>
        <translation>Только старший, если отклонение больше:</translation>
    </message>
    <message>
        <source>Stop quoting when the base rate is older than:</source>
        <translation>Не котировать, если базовый курс старше:</translation>
    </message>
    <message>
        <source>Re-quote when the rate moves more than:</source>
        <translation>Перекотировка, если курс сдвинулся больше чем на:</translation>
    </message>
    <message>
        <source>percent (0: the quote lock decides)</source>
        <translation>% (0 — решает фиксация котировки)</translation>
    </message>
    <message>
        <source>A confirmed quote holds for:</source>
        <translation>Подтверждённая котировка держится:</translation>
    </message>
    <message>
        <source>Telegram desk</source>
        <translation>Telegram-бот</translation>
    </message>
    <message>
        <source>A customer may send at most:</source>
        <translation>Клиент может отправить не больше:</translation>
    </message>
    <message>
        <source>messages a minute</source>
        <translation>сообщений в минуту</translation>
    </message>
    <message>
        <source>Ticket answer times and ops chat alerts are on the Support page.</source>
        <translation>Сроки ответа на обращения и оповещения в рабочий чат — на вкладке «Поддержка».</translation>
    </message>
    <message>
        <source>Desk settings saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
    <message>
        <source>The desk settings were changed elsewhere; your unsaved edits are kept, the rest shows the new values.</source>
        <translation>Настройки изменены в другом месте: ваши несохранённые правки остались, остальные поля показывают новые значения.</translation>
    </message>
    <message>
        <source>The settings have not loaded yet.</source>
        <translation>Настройки ещё не загружены.</translation>
    </message>
    <message numerus="yes">
        <source>The %1 approval amount must be a number of zero or more with at most %n decimal place(s), like 300000.</source>
        <translation>
            <numerusform>Сумма одобрения в %1 должна быть числом от нуля, не более %n знака после запятой, например 300000.</numerusform>
            <numerusform>Сумма одобрения в %1 должна быть числом от нуля, не более %n знаков после запятой, например 300000.</numerusform>
            <numerusform>Сумма одобрения в %1 должна быть числом от нуля, не более %n знаков после запятой, например 300000.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be a percentage from 0 to 100 with at most 4 decimal places.</source>
        <translation>%1: нужен процент от 0 до 100, не более 4 знаков после запятой.</translation>
    </message>
    <message>
        <source>The deviation that needs a reason</source>
        <translation>Отклонение, требующее причины</translation>
    </message>
    <message>
        <source>The deviation only a senior may take</source>
        <translation>Отклонение только для старшего</translation>
    </message>
    <message>
        <source>The deviation only a senior may take cannot be below the one that needs a reason.</source>
        <translation>Отклонение только для старшего не может быть меньше отклонения, требующего причины.</translation>
    </message>
    <message>
        <source>The re-quote move</source>
        <translation>Сдвиг для перекотировки</translation>
    </message>
    <message>
        <source>Change the desk settings</source>
        <translation>Изменить настройки обменника</translation>
    </message>
    <message>
        <source>Take new Telegram orders only within the opening hours</source>
        <translation>Принимать новые заявки в Telegram только в часы работы</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Часы работы</translation>
    </message>
    <message>
        <source>The desk&apos;s clock:</source>
        <translation>Время обменника:</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <source>Outside the hours the bot tells customers when the desk opens. Type 09:00-21:00; past midnight 22:00-06:00; all day 00:00-24:00; empty: closed. Where the clocks change in summer, change the desk&apos;s clock with them.</source>
        <translation>Вне часов работы бот сообщает клиентам, когда обменник откроется. Формат 09:00-21:00; через полночь 22:00-06:00; весь день 00:00-24:00; пусто — закрыто. Если летом переводят часы, переведите и время обменника.</translation>
    </message>
    <message>
        <source>%1&apos;s hours must look like 09:00-21:00 (past midnight 22:00-06:00, all day 00:00-24:00).</source>
        <translation>%1: часы работы пишутся как 09:00-21:00 (через полночь 22:00-06:00, весь день 00:00-24:00).</translation>
    </message>
    <message>
        <source>With the opening hours on, at least one day needs hours.</source>
        <translation>Если часы работы включены, хотя бы у одного дня должны быть часы.</translation>
    </message>
    <message>
        <source>Hold a feed value for a senior beyond:</source>
        <translation>Значение фида ждёт старшего при скачке больше:</translation>
    </message>
    <message>
        <source>percent from the base rate</source>
        <translation>% от базового курса</translation>
    </message>
    <message>
        <source>The feed jump a senior confirms</source>
        <translation>Скачок фида, который подтверждает старший</translation>
    </message>
    <message>
        <source>The feed jump a senior confirms must be above 0: at 0 every feed value would wait for a senior.</source>
        <translation>Скачок фида, который подтверждает старший, должен быть больше 0: при 0 каждое значение фида ждало бы старшего.</translation>
    </message>
    <message>
        <source>Sender screening (AML)</source>
        <translation>Проверка отправителя (AML)</translation>
    </message>
    <message>
        <source>Hold an order when the sender&apos;s risk score is above:</source>
        <translation>Задерживать заявку, когда оценка риска отправителя выше:</translation>
    </message>
    <message>
        <source>of 100</source>
        <translation>из 100</translation>
    </message>
    <message>
        <source>A sell whose crypto came from an address scored higher waits for a senior. 100 holds none.</source>
        <translation>Продажа, криптовалюта которой пришла с адреса с оценкой выше, ждёт старшего. При 100 не задерживается ни одна.</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::EnrolmentDialog</name>
    <message>
        <source>&amp;Check code</source>
        <translation>&amp;Проверить код</translation>
    </message>
    <message>
        <source>Two-factor enrolment for %1</source>
        <translation>Подключение двухфакторной аутентификации для %1</translation>
    </message>
    <message>
        <source>Let %1 scan this code with an authenticator app (or type the secret). It is shown only now; closing this window forgets it.</source>
        <translation>Пусть %1 отсканирует этот код приложением-аутентификатором (или введёт секрет вручную). Он показывается только сейчас; после закрытия окна он будет забыт.</translation>
    </message>
    <message>
        <source>The QR code could not be made; use the secret below.</source>
        <translation>Не удалось построить QR-код; используйте секрет ниже.</translation>
    </message>
    <message>
        <source>(the URI could not be read)</source>
        <translation>(не удалось разобрать URI)</translation>
    </message>
    <message>
        <source>Code from the app</source>
        <translation>Код из приложения</translation>
    </message>
    <message>
        <source>Ask for the first code to make sure the app was set up correctly. The server confirms the enrolment when %1 first logs in with a code.</source>
        <translation>Попросите первый код, чтобы убедиться, что приложение настроено верно. Сервер подтвердит подключение, когда %1 впервые войдёт с кодом.</translation>
    </message>
    <message>
        <source>URI:</source>
        <translation>URI:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Секрет:</translation>
    </message>
    <message>
        <source>First &amp;code:</source>
        <translation>Первый &amp;код:</translation>
    </message>
    <message>
        <source>✔ The code matches: the app is set up. The enrolment is confirmed on the first login.</source>
        <translation>✔ Код совпадает: приложение настроено. Подключение будет подтверждено при первом входе.</translation>
    </message>
    <message>
        <source>✘ This code does not match. Check the phone&apos;s clock and scan again.</source>
        <translation>✘ Код не совпадает. Проверьте время на телефоне и отсканируйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::FeatureFlagModel</name>
    <message>
        <source>New exchanges in Telegram</source>
        <translation>Новые обмены в Telegram</translation>
    </message>
    <message>
        <source>New orders</source>
        <translation>Новые заявки</translation>
    </message>
    <message>
        <source>Reference rate feed</source>
        <translation>Источник базового курса</translation>
    </message>
    <message>
        <source>Public rates export</source>
        <translation>Публичная выгрузка курсов</translation>
    </message>
    <message>
        <source>On-chain hints</source>
        <translation>Подсказки из блокчейна</translation>
    </message>
    <message>
        <source>Other switch</source>
        <translation>Другой переключатель</translation>
    </message>
    <message>
        <source>The Telegram bot starts new exchanges. Off: the bot politely refuses a new exchange; customers with orders under way still send proofs, cancel and write to the desk as usual.</source>
        <translation>Telegram-бот начинает новые обмены. Выключено: бот вежливо отказывает в новом обмене; клиенты с заявками в работе по-прежнему присылают подтверждения, отменяют заявки и пишут в поддержку.</translation>
    </message>
    <message>
        <source>New orders are accepted, from the bot and entered by operators. Off: both are refused; open orders are worked as usual.</source>
        <translation>Принимаются новые заявки — из бота и введённые операторами. Выключено: и те, и другие отклоняются; открытые заявки обрабатываются как обычно.</translation>
    </message>
    <message>
        <source>On (no effect yet)</source>
        <translation>Включено (пока без действия)</translation>
    </message>
    <message>
        <source>Off (no effect yet)</source>
        <translation>Выключено (пока без действия)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Включено</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выключено</translation>
    </message>
    <message>
        <source>Never changed (default)</source>
        <translation>Не менялось (по умолчанию)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Переключатель</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <source>Rates that follow the reference feed take their base from it (syncd polls the provider it is configured with). Off: no polls; those rates keep their last value and go stale, which stops quoting.</source>
        <translation>Курсы, следующие за внешним фидом, берут из него базу (syncd опрашивает настроенный у него источник). Выключено: опросов нет; такие курсы сохраняют последнее значение и устаревают, что останавливает котирование.</translation>
    </message>
    <message>
        <source>The public rates export for rate aggregators (/export/rates.xml) is served: the current rates with what is left of the reserves. Off: the address shows nothing.</source>
        <translation>Публичный экспорт курсов для агрегаторов (/export/rates.xml) работает: текущие курсы и остатки резервов. Выключено — по этому адресу ничего нет.</translation>
    </message>
    <message>
        <source>Beside a transaction proof, the network&apos;s block explorer is asked what the transaction moved and whether that matches the order. A hint for the operator, never a verification.</source>
        <translation>Рядом с подтверждением-транзакцией у обозревателя блоков сети спрашивается, что перевела транзакция и совпадает ли это с заявкой. Подсказка оператору, а не проверка.</translation>
    </message>
    <message>
        <source>Reserves from wallet balances</source>
        <translation>Резервы по балансам кошельков</translation>
    </message>
    <message>
        <source>Crypto reserves are recounted every few minutes from the balances of the desk&apos;s active hot wallets, read from the network&apos;s block explorer. A reserve without a hot wallet or an explorer keeps its hand count.</source>
        <translation>Криптовалютные резервы пересчитываются каждые несколько минут по балансам активных горячих кошельков обменника, прочитанным в обозревателе блоков сети. Резерв без горячего кошелька или без обозревателя сохраняет ручной подсчёт.</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::FeatureFlagsPage</name>
    <message>
        <source>&amp;Switch on…</source>
        <translation>&amp;Включить…</translation>
    </message>
    <message>
        <source>Switched on: %1.</source>
        <translation>Включено: %1.</translation>
    </message>
    <message>
        <source>Switched off: %1.</source>
        <translation>Выключено: %1.</translation>
    </message>
    <message>
        <source>Loading the feature flags failed: %1</source>
        <translation>Не удалось загрузить флаги функций: %1</translation>
    </message>
    <message>
        <source>The switch was not changed: %1</source>
        <translation>Переключатель не изменён: %1</translation>
    </message>
    <message>
        <source>Select a switch to see what it does.</source>
        <translation>Выберите переключатель, чтобы увидеть, что он делает.</translation>
    </message>
    <message>
        <source>&amp;Switch off…</source>
        <translation>В&amp;ыключить…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Switch on: %1</source>
        <translation>Включить: %1</translation>
    </message>
    <message>
        <source>Switch off: %1</source>
        <translation>Выключить: %1</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::LimitEditDialog</name>
    <message>
        <source>Every currency</source>
        <translation>Любая валюта</translation>
    </message>
    <message>
        <source>Acti&amp;ve (when off, the rule&apos;s default applies)</source>
        <translation>&amp;Действует (если выключено — значение правила по умолчанию)</translation>
    </message>
    <message>
        <source>Risk limit</source>
        <translation>Лимит риска</translation>
    </message>
    <message>
        <source>why — kept in the audit log</source>
        <translation>почему — сохраняется в журнале аудита</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>&amp;Правило:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>П&amp;орог:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>Д&amp;ействие:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>Прич&amp;ина:</translation>
    </message>
    <message>
        <source>at most, more fires</source>
        <translation>не более; больше — срабатывает</translation>
    </message>
    <message>
        <source>× the customer&apos;s median</source>
        <translation>× медиана клиента</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>минут</translation>
    </message>
    <message>
        <source>Choose a rule.</source>
        <translation>Выберите правило.</translation>
    </message>
    <message>
        <source>The threshold must be a number of zero or more, like %1.</source>
        <translation>Порог — число не меньше нуля, например %1.</translation>
    </message>
    <message>
        <source>The threshold must be a whole number.</source>
        <translation>Порог должен быть целым числом.</translation>
    </message>
    <message numerus="yes">
        <source>The threshold takes at most %n decimal place(s).</source>
        <translation>
            <numerusform>Порог допускает не более %n знака после запятой.</numerusform>
            <numerusform>Порог допускает не более %n знаков после запятой.</numerusform>
            <numerusform>Порог допускает не более %n знаков после запятой.</numerusform>
        </translation>
    </message>
    <message>
        <source>The threshold is too large.</source>
        <translation>Порог слишком велик.</translation>
    </message>
    <message>
        <source>Say why: the reason goes to the audit log.</source>
        <translation>Укажите причину: она попадёт в журнал аудита.</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::LimitsPage</name>
    <message>
        <source>&amp;New limit…</source>
        <translation>&amp;Новый лимит…</translation>
    </message>
    <message>
        <source>&amp;Edit limit…</source>
        <translation>&amp;Изменить лимит…</translation>
    </message>
    <message>
        <source>Limit saved: %1.</source>
        <translation>Лимит сохранён: %1.</translation>
    </message>
    <message>
        <source>Limit switched off: %1; its default applies.</source>
        <translation>Лимит выключен: %1; действует значение по умолчанию.</translation>
    </message>
    <message>
        <source>No limit is set: every rule runs with its default, and the rules that are off by default stay off. Amount rules need a limit per currency.</source>
        <translation>Лимиты не заданы: каждое правило работает со значением по умолчанию, а выключенные по умолчанию остаются выключенными. Правилам сумм нужен лимит для каждой валюты.</translation>
    </message>
    <message>
        <source>Select a limit to see what its rule watches.</source>
        <translation>Выберите лимит, чтобы увидеть, за чем следит его правило.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The rules have not loaded yet; try again in a moment.</source>
        <translation>Правила ещё не загрузились; попробуйте ещё раз через минуту.</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::LoginDialog</name>
    <message>
        <source>&amp;Remember the session on this computer</source>
        <translation>&amp;Запомнить сеанс на этом компьютере</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Log in — p2pdesk</source>
        <translation>Вход — p2pdesk</translation>
    </message>
    <message>
        <source>6 digits from your authenticator app</source>
        <translation>6 цифр из приложения-аутентификатора</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Code (2FA):</source>
        <translation>&amp;Код (2FA):</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>хост:порт</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::MainWindow</name>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Мои</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Ждут клиента</translation>
    </message>
    <message>
        <source>Needs approval</source>
        <translation>Требуют одобрения</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Споры</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>p2pdesk — order queue</source>
        <translation>p2pdesk — очередь заявок</translation>
    </message>
    <message>
        <source>Search code, customer, holder… (Ctrl+F)</source>
        <translation>Поиск по коду, клиенту, исполнителю… (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Заявка</translation>
    </message>
    <message>
        <source>&amp;Take…</source>
        <translation>&amp;Взять…</translation>
    </message>
    <message>
        <source>&amp;Open card</source>
        <translation>&amp;Открыть карточку</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Программа</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Выйти из учётной записи</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Order actions</source>
        <translation>Действия с заявкой</translation>
    </message>
    <message>
        <source>p2pdesk — %1</source>
        <translation>p2pdesk — %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) shown</source>
        <translation>
            <numerusform>Показана %n заявка</numerusform>
            <numerusform>Показаны %n заявки</numerusform>
            <numerusform>Показано %n заявок</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Approvals inbox…</source>
        <translation>&amp;Входящие на одобрение…</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>&amp;Администрирование</translation>
    </message>
    <message>
        <source>&amp;Administration…</source>
        <translation>&amp;Администрирование…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Open the selected order</source>
        <translation>Открыть выбранную заявку</translation>
    </message>
    <message>
        <source>Enter</source>
        <comment>key</comment>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Approvals inbox: approve the selected payout</source>
        <translation>Входящие на одобрение: одобрить выбранную выплату</translation>
    </message>
    <message>
        <source>Approvals inbox: reject the selected payout</source>
        <translation>Входящие на одобрение: отклонить выбранную выплату</translation>
    </message>
    <message>
        <source>Close the approvals inbox</source>
        <translation>Закрыть входящие на одобрение</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>queue tab: title (orders in it)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Поддержка</translation>
    </message>
    <message>
        <source>No ticket waits for your answer.</source>
        <translation>Ни одно обращение не ждёт вашего ответа.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) wait for an answer from you or from anyone.</source>
        <translation>
            <numerusform>%n обращение ждёт ответа — вашего или любого оператора.</numerusform>
            <numerusform>%n обращения ждут ответа — вашего или любого оператора.</numerusform>
            <numerusform>%n обращений ждут ответа — вашего или любого оператора.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue.</source>
        <translation>
            <numerusform>Просрочено: %n.</numerusform>
            <numerusform>Просрочено: %n.</numerusform>
            <numerusform>Просрочено: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Support: open the selected ticket</source>
        <translation>Поддержка: открыть выбранное обращение</translation>
    </message>
    <message>
        <source>Support: assign the selected ticket to me</source>
        <translation>Поддержка: назначить выбранное обращение себе</translation>
    </message>
    <message>
        <source>Order card or chat window: the customer&apos;s profile</source>
        <translation>Карточка заявки или окно чата: профиль клиента</translation>
    </message>
    <message>
        <source>Support: the selected ticket&apos;s customer profile</source>
        <translation>Поддержка: профиль клиента выбранного обращения</translation>
    </message>
    <message>
        <source>On d&amp;uty</source>
        <translation>На &amp;смене</translation>
    </message>
    <message>
        <source>While at least one operator is on duty, the Telegram bot takes new orders.</source>
        <translation>Пока хотя бы один оператор на смене, Telegram-бот принимает новые заявки.</translation>
    </message>
    <message>
        <source>Nobody on duty</source>
        <translation>На смене никого</translation>
    </message>
    <message>
        <source>Nobody on duty: the bot takes no new orders</source>
        <translation>На смене никого: бот не принимает новые заявки</translation>
    </message>
    <message>
        <source>The desk does not require an operator on duty; the bot takes new orders.</source>
        <translation>Обменнику не нужен оператор на смене; бот принимает новые заявки.</translation>
    </message>
    <message>
        <source>The Telegram bot takes no new orders until an operator goes on duty (Desk → On duty).</source>
        <translation>Telegram-бот не принимает новые заявки, пока оператор не выйдет на смену (Программа → На смене).</translation>
    </message>
    <message>
        <source>On duty: %1</source>
        <translation>На смене: %1</translation>
    </message>
    <message>
        <source>The Telegram bot takes new orders while someone is on duty.</source>
        <translation>Telegram-бот принимает новые заявки, пока кто-то на смене.</translation>
    </message>
    <message>
        <source>Closed by the opening hours</source>
        <translation>Закрыто по часам работы</translation>
    </message>
    <message>
        <source>Closed until %1</source>
        <translation>Закрыто до %1</translation>
    </message>
    <message>
        <source>Outside the desk&apos;s opening hours the Telegram bot takes no new orders and tells customers when the desk opens.</source>
        <translation>Вне часов работы обменника Telegram-бот не принимает новые заявки и сообщает клиентам, когда обменник откроется.</translation>
    </message>
    <message>
        <source>&amp;Customers…</source>
        <translation>&amp;Клиенты…</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::OfflineBanner</name>
    <message>
        <source>Offline — showing the last known state; actions are disabled until the connection returns.</source>
        <translation>Нет связи — показано последнее известное состояние; действия недоступны, пока связь не восстановится.</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::OperatorFormDialog</name>
    <message>
        <source>&amp;Operator</source>
        <translation>&amp;Оператор</translation>
    </message>
    <message>
        <source>&amp;Senior (approvals, disputes)</source>
        <translation>&amp;Старший (одобрения, споры)</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>&amp;Администратор</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Сгенерировать</translation>
    </message>
    <message>
        <source>A random 16-character password, shown so it can be handed over (Alt+G)</source>
        <translation>Случайный пароль из 16 символов, показывается, чтобы его можно было передать (Alt+G)</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Повтор:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Роли:</translation>
    </message>
    <message>
        <source>New operator</source>
        <translation>Новый оператор</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Сброс пароля</translation>
    </message>
    <message>
        <source>Enter a username.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>Пароль должен содержать не менее %n символа.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Выберите хотя бы одну роль.</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::OperatorListModel</name>
    <message>
        <source>operator</source>
        <translation>оператор</translation>
    </message>
    <message>
        <source>senior</source>
        <translation>старший</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>отключён</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>подтверждена</translation>
    </message>
    <message>
        <source>awaiting first login</source>
        <translation>ждёт первого входа</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>2FA</source>
        <translation>2FA</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Заблокирован до</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::OperatorsPage</name>
    <message>
        <source>&amp;New operator…</source>
        <translation>&amp;Новый оператор…</translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation>&amp;Роли…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Отключить…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Сбросить &amp;пароль…</translation>
    </message>
    <message>
        <source>Reset &amp;2FA…</source>
        <translation>Сбросить &amp;2FA…</translation>
    </message>
    <message>
        <source>Operator %1 updated.</source>
        <translation>Оператор %1 изменён.</translation>
    </message>
    <message>
        <source>Operator %1 created.</source>
        <translation>Оператор %1 создан.</translation>
    </message>
    <message>
        <source>Two-factor authentication of %1 reset.</source>
        <translation>Двухфакторная аутентификация %1 сброшена.</translation>
    </message>
    <message>
        <source>Create operator %1</source>
        <translation>Создать оператора %1</translation>
    </message>
    <message>
        <source>Change the roles of %1</source>
        <translation>Изменить роли %1</translation>
    </message>
    <message>
        <source>Deactivate %1: their sessions end and they can no longer log in</source>
        <translation>Отключить %1: сеансы завершатся, и войти больше не получится</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Сбросить пароль %1</translation>
    </message>
    <message>
        <source>Reset two-factor authentication of %1: their current app codes stop working</source>
        <translation>Сбросить двухфакторную аутентификацию %1: текущие коды приложения перестанут работать</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::OrderActions</name>
    <message>
        <source>This payout is below the approval threshold.</source>
        <translation>Эта выплата ниже порога одобрения.</translation>
    </message>
    <message>
        <source>Already approved for this version.</source>
        <translation>Эта версия заявки уже одобрена.</translation>
    </message>
    <message>
        <source>On hold until a senior clears the risk flags.</source>
        <translation>Приостановлена, пока старший не снимет флаги риска.</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Взять</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Вернуть в очередь</translation>
    </message>
    <message>
        <source>Send deposit address</source>
        <translation>Отправить адрес депозита</translation>
    </message>
    <message>
        <source>Mark sent for customer</source>
        <translation>Отметить отправку за клиента</translation>
    </message>
    <message>
        <source>Reject proof</source>
        <translation>Отклонить подтверждение</translation>
    </message>
    <message>
        <source>Verify payment</source>
        <translation>Подтвердить оплату</translation>
    </message>
    <message>
        <source>Start payout</source>
        <translation>Начать выплату</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>Отметить выплаченной</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Отменить заявку</translation>
    </message>
    <message>
        <source>Open dispute</source>
        <translation>Открыть спор</translation>
    </message>
    <message>
        <source>Resolve: resume</source>
        <translation>Решить спор: продолжить</translation>
    </message>
    <message>
        <source>Resolve: complete</source>
        <translation>Решить спор: завершить</translation>
    </message>
    <message>
        <source>Resolve: cancel</source>
        <translation>Решить спор: отменить</translation>
    </message>
    <message>
        <source>Approve payout</source>
        <translation>Одобрить выплату</translation>
    </message>
    <message>
        <source>Reject payout</source>
        <translation>Отклонить выплату</translation>
    </message>
    <message>
        <source>The final rate must be fixed.</source>
        <translation>Нужно зафиксировать итоговый курс.</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>Нужно указать причину.</translation>
    </message>
    <message>
        <source>No active hot wallet for this asset and network.</source>
        <translation>Нет активного горячего кошелька для этого актива и сети.</translation>
    </message>
    <message>
        <source>No proof of payment is attached.</source>
        <translation>Подтверждение оплаты не приложено.</translation>
    </message>
    <message>
        <source>Tick every item of the verify checklist.</source>
        <translation>Отметьте все пункты чек-листа проверки.</translation>
    </message>
    <message>
        <source>Above the approval threshold: another senior must approve first.</source>
        <translation>Выше порога одобрения: сначала должен одобрить другой старший.</translation>
    </message>
    <message>
        <source>Tick every item of the payout checklist.</source>
        <translation>Отметьте все пункты чек-листа выплаты.</translation>
    </message>
    <message>
        <source>The payout reference is required.</source>
        <translation>Нужен номер (референс) выплаты.</translation>
    </message>
    <message>
        <source>The final rate is beyond the hard deviation limit: only a senior may take it.</source>
        <translation>Итоговый курс выходит за жёсткий предел отклонения: взять заявку может только старший.</translation>
    </message>
    <message>
        <source>The order does not allow it now.</source>
        <translation>Заявка сейчас этого не допускает.</translation>
    </message>
    <message>
        <source>The customer paid after the rate stopped holding: re-quote and wait for the customer to accept.</source>
        <translation>Клиент оплатил после окончания фиксации курса: предложите новый курс и дождитесь согласия клиента.</translation>
    </message>
    <message>
        <source>Re-quote</source>
        <translation>Новый курс</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::OrderCardWidget</name>
    <message>
        <source>Order</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>&amp;Clear flag…</source>
        <translation>&amp;Снять флаг…</translation>
    </message>
    <message>
        <source>&amp;Open proof</source>
        <translation>&amp;Открыть подтверждение</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Направление:</translation>
    </message>
    <message>
        <source>Amounts:</source>
        <translation>Суммы:</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Курс:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <source>Deposit wallet:</source>
        <translation>Кошелёк для депозита:</translation>
    </message>
    <message>
        <source>Requisites:</source>
        <translation>Реквизиты:</translation>
    </message>
    <message>
        <source>Payout reference:</source>
        <translation>Референс выплаты:</translation>
    </message>
    <message>
        <source>Approval:</source>
        <translation>Одобрение:</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Чек-листы</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>Старший</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>Uploaded by</source>
        <translation>Загрузил</translation>
    </message>
    <message>
        <source>Loading order…</source>
        <translation>Загрузка заявки…</translation>
    </message>
    <message>
        <source>Order %1 — %2</source>
        <translation>Заявка %1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2) → %3</source>
        <translation>%1 (%2) → %3</translation>
    </message>
    <message>
        <source>Customer sells %1</source>
        <translation>Клиент продаёт %1</translation>
    </message>
    <message>
        <source>Customer buys %1</source>
        <translation>Клиент покупает %1</translation>
    </message>
    <message>
        <source>@%1 (Telegram %2)</source>
        <translation>@%1 (Telegram %2)</translation>
    </message>
    <message>
        <source>Telegram %1</source>
        <translation>Telegram %1</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>not assigned yet</source>
        <translation>ещё не назначен</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>одобрено</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>txid</source>
        <translation>txid</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message numerus="yes">
        <source>%n previous order(s): %1 completed (%2), %3 cancelled, %4 in dispute.</source>
        <translation>
            <numerusform>%n предыдущая заявка: завершено %1 (%2), отменено %3, в споре %4.</numerusform>
            <numerusform>%n предыдущие заявки: завершено %1 (%2), отменено %3, в споре %4.</numerusform>
            <numerusform>%n предыдущих заявок: завершено %1 (%2), отменено %3, в споре %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing paid out</source>
        <translation>ничего не выплачено</translation>
    </message>
    <message>
        <source>Not yours to do in this state.</source>
        <translation>В этом статусе это действие вам недоступно.</translation>
    </message>
    <message>
        <source>&amp;Verify checklist: %1 of %2</source>
        <translation>Чек-лист &amp;проверки: %1 из %2</translation>
    </message>
    <message>
        <source>Pa&amp;yout checklist: %1 of %2</source>
        <translation>Чек-лист &amp;выплаты: %1 из %2</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Продажа</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Покупка</translation>
    </message>
    <message>
        <source>%1 — order %2</source>
        <translation>%1 — заявка %2</translation>
    </message>
    <message>
        <source>Why? The reason is recorded in the order&apos;s history and the audit log.</source>
        <translation>Почему? Причина записывается в историю заявки и журнал аудита.</translation>
    </message>
    <message>
        <source>Why is this flag no concern? The reason is recorded in the audit log.</source>
        <translation>Почему этот флаг не вызывает опасений? Причина записывается в журнал аудита.</translation>
    </message>
    <message>
        <source>The order is yours, but “%1” did not follow: %2 Do it from the card when it is possible.</source>
        <translation>Заявка ваша, но «%1» не выполнено: %2 Сделайте это из карточки, когда станет возможно.</translation>
    </message>
    <message>
        <source>&amp;Attach proof…</source>
        <translation>&amp;Приложить подтверждение…</translation>
    </message>
    <message>
        <source>Add t&amp;xid…</source>
        <translation>Добавить t&amp;xid…</translation>
    </message>
    <message>
        <source>Paste proof image</source>
        <translation>Вставить изображение подтверждения</translation>
    </message>
    <message>
        <source>The clipboard holds no image or file to attach.</source>
        <translation>В буфере обмена нет изображения или файла.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риски</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Одобрения</translation>
    </message>
    <message>
        <source>Drop a file here or paste an image (Ctrl+V) to attach it.</source>
        <translation>Перетащите сюда файл или вставьте изображение (Ctrl+V), чтобы приложить его.</translation>
    </message>
    <message>
        <source>Proofs</source>
        <translation>Подтверждения</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Order not loaded</source>
        <translation>Заявка не загружена</translation>
    </message>
    <message>
        <source>Version %1 of the order</source>
        <translation>Версия заявки: %1</translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 за %2</translation>
    </message>
    <message>
        <source>%1 %2 (suggested %3)</source>
        <translation>%1 %2 (рекомендовано %3)</translation>
    </message>
    <message>
        <source>%1 %2 (suggested)</source>
        <translation>%1 %2 (рекомендовано)</translation>
    </message>
    <message>
        <source>Held by %1</source>
        <translation>Ведёт %1</translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>Не взята</translation>
    </message>
    <message>
        <source>Masked: only the holder or a senior sees them in full.</source>
        <translation>Скрыты: полностью их видит только ведущий оператор или старший.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Risk (%1)</source>
        <translation>Риски (%1)</translation>
    </message>
    <message>
        <source>Proofs (%1)</source>
        <translation>Подтверждения (%1)</translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation>Срок %1</translation>
    </message>
    <message>
        <source>Next step: Ctrl+Enter</source>
        <translation>Следующий шаг: Ctrl+Enter</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Order closed</source>
        <translation>Заявка закрыта</translation>
    </message>
    <message>
        <source>No step for you now</source>
        <translation>Сейчас шагов для вас нет</translation>
    </message>
    <message>
        <source>Waiting for the customer or another operator.</source>
        <translation>Ждём клиента или другого оператора.</translation>
    </message>
    <message>
        <source>Proofs are attached by the holder while the order waits for its payment to be checked (after “Mark sent for customer” if the customer did not press it).</source>
        <translation>Подтверждение прикладывает ведущий оператор, пока заявка ждёт проверки оплаты (если клиент не нажал «отправил», сначала «Отметить отправку за клиента»).</translation>
    </message>
    <message>
        <source>Attach proof (%1)</source>
        <translation>Приложить подтверждение (%1)</translation>
    </message>
    <message>
        <source>Add txid (%1)</source>
        <translation>Добавить txid (%1)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JPEG, PNG, WebP or PDF file.</source>
        <translation>%1 — не файл JPEG, PNG, WebP или PDF.</translation>
    </message>
    <message>
        <source>Attach proof to order %1</source>
        <translation>Приложить подтверждение к заявке %1</translation>
    </message>
    <message>
        <source>Proofs (*.jpg *.jpeg *.png *.webp *.pdf)</source>
        <translation>Подтверждения (*.jpg *.jpeg *.png *.webp *.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Add txid to order %1</source>
        <translation>Добавить txid к заявке %1</translation>
    </message>
    <message>
        <source>Transaction id of the customer&apos;s payment:</source>
        <translation>Идентификатор транзакции платежа клиента:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>%1 %2 (%3) for %4</source>
        <translation>%1 %2 (%3) за %4</translation>
    </message>
    <message>
        <source>Clear risk flag: %1</source>
        <translation>Снять флаг риска: %1</translation>
    </message>
    <message>
        <source>Attach proof — order %1</source>
        <translation>Приложить подтверждение — заявка %1</translation>
    </message>
    <message>
        <source>You do not hold this order. Why do you attach a proof to it? The reason is recorded in the audit log.</source>
        <translation>Эту заявку ведёте не вы. Почему вы прикладываете к ней подтверждение? Причина записывается в журнал аудита.</translation>
    </message>
    <message>
        <source>unknown (the rate is stale)</source>
        <translation>неизвестен (курс устарел)</translation>
    </message>
    <message>
        <source>the desk&apos;s rate moved too far</source>
        <translation>курс обменника сильно изменился</translation>
    </message>
    <message>
        <source>the rate held until %1</source>
        <translation>курс действовал до %1</translation>
    </message>
    <message>
        <source>New rate %1 offered %2; waiting for the customer to accept it in the bot.</source>
        <translation>Новый курс %1 предложен %2; ждём, когда клиент примет его в боте.</translation>
    </message>
    <message>
        <source>The customer&apos;s quote no longer holds (%1); the desk&apos;s rate now is %2.</source>
        <translation>Курс, показанный клиенту, больше не действует (%1); текущий курс обменника — %2.</translation>
    </message>
    <message>
        <source>Re-quote due: the customer paid after %1. The desk&apos;s rate now is %2.</source>
        <translation>Нужен новый курс: клиент оплатил, когда %1. Текущий курс обменника — %2.</translation>
    </message>
    <message>
        <source>The suggestion below is the desk&apos;s rate now; the customer&apos;s quote was %1.</source>
        <translation>Ниже предложен текущий курс обменника; клиенту был показан курс %1.</translation>
    </message>
    <message>
        <source>Customer &amp;profile…</source>
        <translation>&amp;Профиль клиента…</translation>
    </message>
    <message>
        <source>The customer&apos;s orders, flags, payout accounts and tickets (Ctrl+Shift+U)</source>
        <translation>Заявки клиента, флаги риска, реквизиты выплат и обращения (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation>Банк:</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::OrderQueueModel</name>
    <message>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Назначена</translation>
    </message>
    <message>
        <source>Awaiting crypto</source>
        <translation>Ожидает криптовалюту</translation>
    </message>
    <message>
        <source>Customer marked sent</source>
        <translation>Клиент отметил отправку</translation>
    </message>
    <message>
        <source>Verify proof</source>
        <translation>Проверка подтверждения</translation>
    </message>
    <message>
        <source>Payment verified</source>
        <translation>Оплата подтверждена</translation>
    </message>
    <message>
        <source>Processing payout</source>
        <translation>Выплата в процессе</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Выплачено</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Спор</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <comment>minutes:seconds</comment>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 дн %2 ч</translation>
    </message>
    <message>
        <source>Sell %1 → %2</source>
        <translation>Продажа %1 → %2</translation>
    </message>
    <message>
        <source>Buy %1 ← %2</source>
        <translation>Покупка %1 ← %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Crypto</source>
        <translation>Крипто</translation>
    </message>
    <message>
        <source>Fiat</source>
        <translation>Фиат</translation>
    </message>
    <message>
        <source>Suggested rate</source>
        <translation>Рекоменд. курс</translation>
    </message>
    <message>
        <source>Final rate</source>
        <translation>Итоговый курс</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Telegram %1</source>
        <translation>Telegram %1</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::OrderTimelineModel</name>
    <message>
        <source>created</source>
        <translation>создана</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Из</translation>
    </message>
    <message>
        <source>To</source>
        <translation>В</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::PayoutAccountModel</name>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Банковский счёт</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <source>P2P platform</source>
        <translation>P2P-площадка</translation>
    </message>
    <message>
        <source>Crypto address</source>
        <translation>Криптоадрес</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Реквизиты</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>First used</source>
        <translation>Впервые указаны</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::PayoutReferenceDialog</name>
    <message>
        <source>Mark order %1 paid</source>
        <translation>Отметить заявку %1 выплаченной</translation>
    </message>
    <message>
        <source>Transfer number from the bank or P2P platform</source>
        <translation>Номер перевода из банка или P2P-площадки</translation>
    </message>
    <message>
        <source>The customer sees this reference. Check it against the receipt.</source>
        <translation>Клиент увидит этот референс. Сверьте его с квитанцией.</translation>
    </message>
    <message>
        <source>Payout &amp;reference:</source>
        <translation>&amp;Референс выплаты:</translation>
    </message>
    <message>
        <source>&amp;Mark paid</source>
        <translation>&amp;Отметить выплаченной</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::ProofImageView</name>
    <message>
        <source>Wheel or +/− zoom, 0 fit, 1 actual size, R/Shift+R rotate, drag or arrows pan; Shift+drag or H then drag marks a highlight, N marks one with the keyboard</source>
        <translation>Колесо или +/− — масштаб, 0 — по размеру окна, 1 — 1:1, R/Shift+R — поворот, перетаскивание или стрелки — сдвиг; Shift+перетаскивание или H и перетаскивание — выделение, N — выделение с клавиатуры</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::ProofViewer</name>
    <message>
        <source>Proof</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>+ or wheel</source>
        <translation>+ или колесо</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>− or wheel</source>
        <translation>− или колесо</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>По размеру</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>Повернуть влево</translation>
    </message>
    <message>
        <source>Shift+R</source>
        <translation>Shift+R</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>Повернуть вправо</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Выделить</translation>
    </message>
    <message>
        <source>Draw highlight rectangles with the mouse (H; or Shift+drag at any time)</source>
        <translation>Рисовать прямоугольники выделения мышью (H; или Shift+перетаскивание в любой момент)</translation>
    </message>
    <message>
        <source>Highlight with keys</source>
        <translation>Выделить с клавиатуры</translation>
    </message>
    <message>
        <source>N, then arrows, Shift+arrows, Enter</source>
        <translation>N, затем стрелки, Shift+стрелки, Enter</translation>
    </message>
    <message>
        <source>Open in the system viewer</source>
        <translation>Открыть в системной программе</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy the transaction id (Ctrl+Shift+C)</source>
        <translation>Скопировать идентификатор транзакции (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Transaction id copied.</source>
        <translation>Идентификатор транзакции скопирован.</translation>
    </message>
    <message>
        <source>Open in explorer</source>
        <translation>Открыть в обозревателе</translation>
    </message>
    <message>
        <source>Open the transaction in the block explorer (Ctrl+L)</source>
        <translation>Открыть транзакцию в обозревателе блоков (Ctrl+L)</translation>
    </message>
    <message>
        <source>Transaction id:</source>
        <translation>Идентификатор транзакции:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Uploaded by:</source>
        <translation>Загрузил:</translation>
    </message>
    <message>
        <source>Uploaded at:</source>
        <translation>Загружено:</translation>
    </message>
    <message>
        <source>Size, type:</source>
        <translation>Размер, тип:</translation>
    </message>
    <message>
        <source>SHA-256 (server):</source>
        <translation>SHA-256 (сервер):</translation>
    </message>
    <message>
        <source>SHA-256 (received):</source>
        <translation>SHA-256 (получено):</translation>
    </message>
    <message>
        <source>Highlights:</source>
        <translation>Выделения:</translation>
    </message>
    <message>
        <source>Note for the marked highlight</source>
        <translation>Заметка к отмеченному выделению</translation>
    </message>
    <message>
        <source>Save highlight</source>
        <translation>Сохранить выделение</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <source>Highlight marked: write a note and save it (Enter or Ctrl+S).</source>
        <translation>Выделение отмечено: напишите заметку и сохраните (Enter или Ctrl+S).</translation>
    </message>
    <message>
        <source>Proof %1</source>
        <translation>Подтверждение %1</translation>
    </message>
    <message>
        <source>Proof %1 — order %2</source>
        <translation>Подтверждение %1 — заявка %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Transaction id</source>
        <translation>Идентификатор транзакции</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>неизвестный тип</translation>
    </message>
    <message>
        <source>Downloading the file…</source>
        <translation>Файл загружается…</translation>
    </message>
    <message>
        <source>No explorer is known for %1 on %2.</source>
        <translation>Для %1 в сети %2 обозреватель неизвестен.</translation>
    </message>
    <message>
        <source>This is not a valid %1 transaction id: %2</source>
        <translation>Это недопустимый идентификатор транзакции %1: %2</translation>
    </message>
    <message>
        <source>⚠ SHA-256 MISMATCH: the file received is not the file the server recorded on upload. It may have been altered in storage or on the way. Do not rely on it; tell a senior.</source>
        <translation>⚠ НЕСОВПАДЕНИЕ SHA-256 (MISMATCH): полученный файл — не тот, что сервер записал при загрузке. Его могли изменить в хранилище или по пути. Не полагайтесь на него; сообщите старшему.</translation>
    </message>
    <message>
        <source>This image declares %1 × %2 pixels, more than the viewer opens (at most %3 megapixels and %4 px a side). It was not decoded: a file like this is broken or made to exhaust memory. Do not rely on it; ask the customer for a normal screenshot and tell a senior.</source>
        <translation>В заголовке изображения указан размер %1 × %2 пикселей — больше, чем открывает просмотрщик (не более %3 Мп и %4 пикс. по стороне). Оно не декодировано: такой файл повреждён или сделан, чтобы исчерпать память. Не полагайтесь на него; попросите клиента прислать обычный скриншот и сообщите старшему.</translation>
    </message>
    <message>
        <source>PDF document, %1. It opens in the system&apos;s PDF viewer.</source>
        <translation>Документ PDF, %1. Он откроется в системной программе просмотра PDF.</translation>
    </message>
    <message>
        <source>%1, %2: this file cannot be shown here.</source>
        <translation>%1, %2: этот файл нельзя показать здесь.</translation>
    </message>
    <message>
        <source>The file could not be downloaded: %1</source>
        <translation>Не удалось загрузить файл: %1</translation>
    </message>
    <message>
        <source>Highlight saved; every operator sees it.</source>
        <translation>Выделение сохранено; его видят все операторы.</translation>
    </message>
    <message>
        <source>Highlights: %1</source>
        <translation>Выделения: %1</translation>
    </message>
    <message>
        <source>Saving the highlight…</source>
        <translation>Выделение сохраняется…</translation>
    </message>
    <message>
        <source>Could not write a temporary copy: %1</source>
        <translation>Не удалось записать временную копию: %1</translation>
    </message>
    <message>
        <source>No application is set up to open this file.</source>
        <translation>Нет программы для открытия этого файла.</translation>
    </message>
    <message>
        <source>%1 %, %2°</source>
        <translation>%1 %, %2°</translation>
    </message>
    <message>
        <source>Copy the SHA-256 of the received file</source>
        <translation>Скопировать SHA-256 полученного файла</translation>
    </message>
    <message>
        <source>SHA-256 copied.</source>
        <translation>SHA-256 скопирован.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>%1
from %2, %3</source>
        <translation>%1
от: %2, %3</translation>
    </message>
    <message>
        <source>SHA-256 (server): %1
SHA-256 (received): %2</source>
        <translation>SHA-256 (сервер): %1
SHA-256 (получено): %2</translation>
    </message>
    <message>
        <source>✔ SHA-256 matches: %1</source>
        <translation>✔ SHA-256 совпадает: %1</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <source>Ask the block explorer again about this transaction</source>
        <translation>Снова спросить обозреватель блоков об этой транзакции</translation>
    </message>
    <message>
        <source>Asking the block explorer…</source>
        <translation>Спрашиваем обозреватель блоков…</translation>
    </message>
    <message>
        <source>On-chain hint:</source>
        <translation>Подсказка из блокчейна:</translation>
    </message>
    <message>
        <source>On-chain hints are switched off (Administration → Feature flags).</source>
        <translation>Подсказки из блокчейна выключены (раздел «Администрирование → Флаги функций»).</translation>
    </message>
    <message>
        <source>No block explorer is set up for %1: check the transaction in the explorer by hand.</source>
        <translation>Для %1 обозреватель блоков не настроен: проверьте транзакцию в обозревателе вручную.</translation>
    </message>
    <message>
        <source>The block explorer does not know this transaction. It may not be broadcast yet, or it is on another network.</source>
        <translation>Обозреватель блоков не знает эту транзакцию. Возможно, она ещё не отправлена в сеть или она в другой сети.</translation>
    </message>
    <message numerus="yes">
        <source>The block explorer could not answer. It asks to wait %n second(s) before the next question.</source>
        <translation>
            <numerusform>Обозреватель блоков не смог ответить и просит подождать %n секунду до следующего запроса.</numerusform>
            <numerusform>Обозреватель блоков не смог ответить и просит подождать %n секунды до следующего запроса.</numerusform>
            <numerusform>Обозреватель блоков не смог ответить и просит подождать %n секунд до следующего запроса.</numerusform>
        </translation>
    </message>
    <message>
        <source>The block explorer could not answer. Try again in a moment.</source>
        <translation>Обозреватель блоков не смог ответить. Попробуйте чуть позже.</translation>
    </message>
    <message>
        <source>✘ The transaction failed on the network: it moved nothing.</source>
        <translation>✘ Транзакция не выполнилась в сети: ничего не переведено.</translation>
    </message>
    <message numerus="yes">
        <source>In a block, %n confirmation(s), %1.</source>
        <translation>
            <numerusform>В блоке, %n подтверждение, %1.</numerusform>
            <numerusform>В блоке, %n подтверждения, %1.</numerusform>
            <numerusform>В блоке, %n подтверждений, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in a block yet: the network has not confirmed it.</source>
        <translation>Ещё не в блоке: сеть её не подтвердила.</translation>
    </message>
    <message>
        <source>the deposit address</source>
        <translation>адрес для пополнения</translation>
    </message>
    <message>
        <source>the customer&apos;s address</source>
        <translation>адрес клиента</translation>
    </message>
    <message>
        <source>✔ Sent to %1.</source>
        <translation>✔ Отправлено на %1.</translation>
    </message>
    <message>
        <source>✘ Nothing of this asset reached %1.</source>
        <translation>✘ На %1 этот актив не поступал.</translation>
    </message>
    <message>
        <source>✔ Amount %1: as the order expects.</source>
        <translation>✔ Сумма %1: как в заявке.</translation>
    </message>
    <message>
        <source>✘ Amount %1: the order expects %2.</source>
        <translation>✘ Сумма %1: по заявке ожидается %2.</translation>
    </message>
    <message numerus="yes">
        <source>Other tokens moved in the same transaction: %n (not counted).</source>
        <translation>
            <numerusform>Других токенов в этой транзакции: %n (не учитываются).</numerusform>
            <numerusform>Других токенов в этой транзакции: %n (не учитываются).</numerusform>
            <numerusform>Других токенов в этой транзакции: %n (не учитываются).</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1, %2. A hint, not a verification: check the wallet before paying out.</source>
        <translation>Источник: %1, %2. Это подсказка, а не проверка: сверьте кошелёк перед выплатой.</translation>
    </message>
    <message>
        <source>No on-chain hint: %1</source>
        <translation>Подсказки из блокчейна нет: %1</translation>
    </message>
    <message>
        <source>Sender risk (AML screening):</source>
        <translation>Риск отправителя (AML-проверка):</translation>
    </message>
    <message>
        <source>Screen sender…</source>
        <translation>Проверить отправителя…</translation>
    </message>
    <message>
        <source>Sent from: %1.</source>
        <translation>Отправитель: %1.</translation>
    </message>
    <message>
        <source>Sent from: %1 and %2.</source>
        <translation>Отправители: %1 и %2.</translation>
    </message>
    <message numerus="yes">
        <source>Sent from: %1, %2 and %n more.</source>
        <translation>
            <numerusform>Отправители: %1, %2 и ещё %n.</numerusform>
            <numerusform>Отправители: %1, %2 и ещё %n.</numerusform>
            <numerusform>Отправители: %1, %2 и ещё %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>operator %1</source>
        <translation>оператор %1</translation>
    </message>
    <message>
        <source>Sender %1: risk %2 of 100, entered by %3 at %4: %5</source>
        <translation>Отправитель %1: риск %2 из 100, оценка оператора %3, %4: %5</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>risk level: the provider&apos;s labels</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sender %1: risk %2 of 100 — %3, asked by %4 at %5.</source>
        <translation>Отправитель %1: риск %2 из 100 — %3, запрос: %4, %5.</translation>
    </message>
    <message>
        <source>Sender %1: risk %2 of 100 (%3) — %4, asked by %5 at %6.</source>
        <translation>Отправитель %1: риск %2 из 100 (%3) — %4, запрос: %5, %6.</translation>
    </message>
    <message>
        <source>The block explorer could not confirm that this address sent the transaction.</source>
        <translation>Обозреватель блоков не смог подтвердить, что транзакцию отправил этот адрес.</translation>
    </message>
    <message>
        <source>⚠ Above the desk&apos;s limit of %1: the order is held for a senior.</source>
        <translation>⚠ Выше предела обменника (%1): заявка задержана до решения старшего.</translation>
    </message>
    <message>
        <source>Within the desk&apos;s limit of %1.</source>
        <translation>В пределах лимита обменника (%1).</translation>
    </message>
    <message>
        <source>The sender has not been screened.</source>
        <translation>Отправитель ещё не проверен.</translation>
    </message>
    <message>
        <source>No screening provider is set up for %1: check the address in an AML service and enter its risk score here. Above %2 the order is held for a senior.</source>
        <translation>Для %1 сервис AML-проверки не настроен: проверьте адрес в AML-сервисе и введите здесь его оценку риска. При оценке выше %2 заявка ждёт старшего.</translation>
    </message>
    <message>
        <source>The sender&apos;s risk could not be loaded: %1</source>
        <translation>Не удалось загрузить риск отправителя: %1</translation>
    </message>
    <message>
        <source>The risk score is saved; every operator sees it.</source>
        <translation>Оценка риска сохранена; её видят все операторы.</translation>
    </message>
    <message>
        <source>Screened; every operator sees the result.</source>
        <translation>Проверено; результат видят все операторы.</translation>
    </message>
    <message>
        <source>The screening provider</source>
        <translation>Сервис AML-проверки</translation>
    </message>
    <message>
        <source>The block explorer says this address did not send the transaction: screen an address it came from.</source>
        <translation>По данным обозревателя блоков, этот адрес не отправлял транзакцию: проверьте адрес, с которого она пришла.</translation>
    </message>
    <message>
        <source>This is not a valid %1 address.</source>
        <translation>Это не адрес сети %1.</translation>
    </message>
    <message>
        <source>A screening provider scores this network now, so a score cannot be typed in: screen the sender with it.</source>
        <translation>Для этой сети теперь настроен сервис AML-проверки, поэтому оценку нельзя ввести вручную: проверьте отправителя через него.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer. It asks to wait %n second(s) before the next question.</source>
        <translation>
            <numerusform>%1 не отвечает и просит подождать %n секунду до следующего запроса.</numerusform>
            <numerusform>%1 не отвечает и просит подождать %n секунды до следующего запроса.</numerusform>
            <numerusform>%1 не отвечает и просит подождать %n секунд до следующего запроса.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not answer. Try again in a moment.</source>
        <translation>%1 не отвечает. Попробуйте чуть позже.</translation>
    </message>
    <message>
        <source>The sender was not screened: %1</source>
        <translation>Отправитель не проверен: %1</translation>
    </message>
    <message>
        <source>Enter risk score…</source>
        <translation>Ввести оценку риска…</translation>
    </message>
    <message>
        <source>Enter the risk score of the address the customer&apos;s crypto came from, checked in an AML service</source>
        <translation>Ввести оценку риска адреса, с которого пришла криптовалюта клиента, полученную в AML-сервисе</translation>
    </message>
    <message>
        <source>Ask %1 for the risk score of the address the customer&apos;s crypto came from</source>
        <translation>Запросить у %1 оценку риска адреса, с которого пришла криптовалюта клиента</translation>
    </message>
    <message>
        <source>the screening provider</source>
        <translation>сервиса AML-проверки</translation>
    </message>
    <message>
        <source>The address the customer&apos;s crypto came from</source>
        <translation>Адрес, с которого пришла криптовалюта клиента</translation>
    </message>
    <message>
        <source> of 100</source>
        <translation> из 100</translation>
    </message>
    <message>
        <source>Enter the sender&apos;s risk score</source>
        <translation>Оценка риска отправителя</translation>
    </message>
    <message>
        <source>No screening provider is set up for %1. Check the address in an AML service and enter its score: 0, nothing known against it, to 100. Above %2 the order is held for a senior.

Where does the score come from? The reason is kept with it.</source>
        <translation>Для %1 сервис AML-проверки не настроен. Проверьте адрес в AML-сервисе и введите его оценку: от 0 (ничего подозрительного не известно) до 100. При оценке выше %2 заявка ждёт старшего.

Откуда взята оценка? Причина сохраняется вместе с ней.</translation>
    </message>
    <message>
        <source>Screen the sender</source>
        <translation>Проверка отправителя</translation>
    </message>
    <message>
        <source>%1 scores the address from 0, nothing known against it, to 100. Above %2 the order is held for a senior.

Why do you screen it? The reason is kept with the result.</source>
        <translation>%1 оценивает адрес от 0 (ничего подозрительного не известно) до 100. При оценке выше %2 заявка ждёт старшего.

Зачем вы проверяете адрес? Причина сохраняется вместе с результатом.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>Risk &amp;score:</source>
        <translation>&amp;Оценка риска:</translation>
    </message>
    <message>
        <source>The sender was not screened: no address was given.</source>
        <translation>Отправитель не проверен: адрес не указан.</translation>
    </message>
    <message>
        <source>Saving the risk score…</source>
        <translation>Сохраняем оценку риска…</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Запрашиваем %1…</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::RateHistoryChart</name>
    <message>
        <source>Select a rate to see its recent changes.</source>
        <translation>Выберите курс, чтобы увидеть его недавние изменения.</translation>
    </message>
    <message>
        <source>%1: no base rate changes in this period.</source>
        <translation>%1: за этот период базовый курс не менялся.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s), from %2 to %3; now %4 (%5).</source>
        <translation>
            <numerusform>%1: %n изменение, от %2 до %3; сейчас %4 (%5).</numerusform>
            <numerusform>%1: %n изменения, от %2 до %3; сейчас %4 (%5).</numerusform>
            <numerusform>%1: %n изменений, от %2 до %3; сейчас %4 (%5).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::RateListModel</name>
    <message>
        <source>Customer sells crypto</source>
        <translation>Клиент продаёт криптовалюту</translation>
    </message>
    <message>
        <source>Customer buys crypto</source>
        <translation>Клиент покупает криптовалюту</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (устарел)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Актив</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Fiat</source>
        <translation>Фиат</translation>
    </message>
    <message>
        <source>Base rate</source>
        <translation>Базовый курс</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message>
        <source>Fixed fee</source>
        <translation>Фиксированная комиссия</translation>
    </message>
    <message>
        <source>Suggested rate</source>
        <translation>Рекомендованный курс</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>Typed</source>
        <translation>Вручную</translation>
    </message>
    <message>
        <source>Feed, %1 held</source>
        <translation>Фид, %1 задержан</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Фид</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>The reference feed moved to %1, more than the desk tolerates between two polls. The base stays at %2 and ages until a senior confirms the new value or the feed comes back.</source>
        <translation>Внешний фид курса сдвинулся до %1 — больше, чем обменник допускает между двумя опросами. База остаётся %2 и стареет, пока старший не подтвердит новое значение или фид не вернётся.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Base as of</source>
        <translation>База на</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::RatesPage</name>
    <message>
        <source>&amp;Save rate…</source>
        <translation>&amp;Сохранить курс…</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 в сети %2</translation>
    </message>
    <message>
        <source>fiat per 1 unit, e.g. 92.50</source>
        <translation>фиат за 1 единицу, например 92.50</translation>
    </message>
    <message>
        <source>percent, e.g. 1.5</source>
        <translation>проценты, например 1.5</translation>
    </message>
    <message>
        <source>fiat, e.g. 100</source>
        <translation>фиат, например 100</translation>
    </message>
    <message>
        <source>Rate saved; suggested rate now %1.</source>
        <translation>Курс сохранён; рекомендованный курс теперь %1.</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Направление:</translation>
    </message>
    <message>
        <source>&amp;Asset:</source>
        <translation>&amp;Актив:</translation>
    </message>
    <message>
        <source>&amp;Fiat:</source>
        <translation>&amp;Фиат:</translation>
    </message>
    <message>
        <source>&amp;Base rate:</source>
        <translation>&amp;Базовый курс:</translation>
    </message>
    <message>
        <source>&amp;Margin, %:</source>
        <translation>&amp;Маржа, %:</translation>
    </message>
    <message>
        <source>Fixed f&amp;ee:</source>
        <translation>Фиксированная &amp;комиссия:</translation>
    </message>
    <message>
        <source>Suggested rate:</source>
        <translation>Рекомендованный курс:</translation>
    </message>
    <message>
        <source>%1 is not a number like 92.50.</source>
        <translation>%1 — не число вида 92.50.</translation>
    </message>
    <message>
        <source>The base rate</source>
        <translation>Базовый курс</translation>
    </message>
    <message>
        <source>The margin</source>
        <translation>Маржа</translation>
    </message>
    <message>
        <source>The fixed fee</source>
        <translation>Фиксированная комиссия</translation>
    </message>
    <message>
        <source>No rate: %1</source>
        <translation>Курса нет: %1</translation>
    </message>
    <message>
        <source>Change the rate %1 %2 → %3</source>
        <translation>Изменить курс: %1, %2 → %3</translation>
    </message>
    <message>
        <source>&amp;Confirm feed value…</source>
        <translation>&amp;Подтвердить значение фида…</translation>
    </message>
    <message>
        <source>syncd polls the reference rate and updates the base; a jump beyond the tolerance waits for a senior. Leave the base rate empty to keep the current one.</source>
        <translation>syncd опрашивает внешний курс и обновляет базу; скачок сверх допуска ждёт старшего. Оставьте базовый курс пустым, чтобы сохранить текущий.</translation>
    </message>
    <message>
        <source>Apply the value the reference feed holds back for this rate.</source>
        <translation>Применить значение, задержанное внешним фидом для этого курса.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 → %3, last %n day(s)</source>
        <translation>
            <numerusform>%1, %2 → %3, последний %n день</numerusform>
            <numerusform>%1, %2 → %3, последние %n дня</numerusform>
            <numerusform>%1, %2 → %3, последние %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the rate&apos;s history…</source>
        <translation>Загрузка истории курса…</translation>
    </message>
    <message>
        <source>Apply the feed&apos;s %1 as the base rate (now %2, a move of %3 %)</source>
        <translation>Применить значение фида %1 как базовый курс (сейчас %2, сдвиг %3 %)</translation>
    </message>
    <message>
        <source>From the feed&apos;s next value, with this margin</source>
        <translation>По следующему значению фида, с этой маржой</translation>
    </message>
    <message>
        <source>&amp;Use the reference feed for the base rate</source>
        <translation>Брать базовый курс из &amp;внешнего фида</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::ReasonDialog</name>
    <message>
        <source>Reason (required; Ctrl+Enter to confirm)</source>
        <translation>Причина (обязательно; Ctrl+Enter — подтвердить)</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::RequoteDialog</name>
    <message>
        <source>&amp;Keep the old rate</source>
        <translation>&amp;Оставить прежний курс</translation>
    </message>
    <message>
        <source>Re-quote order %1</source>
        <translation>Новый курс для заявки %1</translation>
    </message>
    <message>
        <source>The desk&apos;s rate moved too far between fixing the order&apos;s rate and the customer&apos;s payment.</source>
        <translation>Курс обменника сильно изменился между фиксацией курса заявки и оплатой клиента.</translation>
    </message>
    <message>
        <source>The customer paid after the rate stopped holding (it was fixed until %1).</source>
        <translation>Клиент оплатил после окончания фиксации курса (курс действовал до %1).</translation>
    </message>
    <message>
        <source>Offer a new rate: the customer accepts or declines it in the bot, and the payout waits for the answer. Or keep the order&apos;s rate: no answer is needed.</source>
        <translation>Предложите новый курс: клиент примет или отклонит его в боте, а выплата подождёт ответа. Или оставьте курс заявки — тогда ответ не нужен.</translation>
    </message>
    <message>
        <source>stale — update the rate before offering a new one</source>
        <translation>устарел — обновите курс, прежде чем предлагать новый</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Причина (обязательно):</translation>
    </message>
    <message>
        <source>&amp;New rate:</source>
        <translation>&amp;Новый курс:</translation>
    </message>
    <message>
        <source>Order&apos;s rate:</source>
        <translation>Курс заявки:</translation>
    </message>
    <message>
        <source>Desk&apos;s rate now:</source>
        <translation>Курс обменника сейчас:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Итог:</translation>
    </message>
    <message>
        <source>Enter a positive rate with at most %1 decimals.</source>
        <translation>Введите положительный курс, не более %1 знаков после запятой.</translation>
    </message>
    <message>
        <source>The order keeps its rate; the payout can go ahead without the customer&apos;s answer.</source>
        <translation>Курс заявки остаётся прежним; выплату можно проводить без ответа клиента.</translation>
    </message>
    <message>
        <source>This rate cannot price the order.</source>
        <translation>По этому курсу заявку не рассчитать.</translation>
    </message>
    <message>
        <source>The customer would receive %1 instead of %2, once they accept in the bot.</source>
        <translation>Клиент получит %1 вместо %2, когда примет курс в боте.</translation>
    </message>
    <message>
        <source>Keep the rate</source>
        <translation>Оставить курс</translation>
    </message>
    <message>
        <source>&amp;Offer to the customer</source>
        <translation>&amp;Предложить клиенту</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::ReserveListModel</name>
    <message>
        <source>%1 on %2</source>
        <comment>asset on network</comment>
        <translation>%1 в сети %2</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Не экспортируется</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>when, who</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>What orders owe out of this reserve: open orders, and orders paid out after it was counted. Cancelled orders and payouts before the count are not included.</source>
        <translation>Сколько заявки должны выплатить из этого резерва: открытые заявки и заявки, выплаченные после пересчёта. Отменённые заявки и выплаты до пересчёта не учитываются.</translation>
    </message>
    <message>
        <source>Nothing left to promise: the bot refuses orders paid out of this reserve and the export does not offer it until it is recounted.</source>
        <translation>Обещать больше нечего: бот отказывает в заявках с выплатой из этого резерва, а экспорт его не предлагает, пока резерв не пересчитают.</translation>
    </message>
    <message>
        <source>The most a new order or the public export may promise from this reserve.</source>
        <translation>Больше этого новая заявка или публичный экспорт не пообещают из этого резерва.</translation>
    </message>
    <message>
        <source>The currency&apos;s code in the public rates export.</source>
        <translation>Код валюты в публичном экспорте курсов.</translation>
    </message>
    <message>
        <source>Without an export code the currency is left out of the public export.</source>
        <translation>Без кода экспорта валюта не попадает в публичный экспорт.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Пересчитано</translation>
    </message>
    <message>
        <source>Owed by orders</source>
        <translation>Должны заявки</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Доступно</translation>
    </message>
    <message>
        <source>Export code</source>
        <translation>Код экспорта</translation>
    </message>
    <message>
        <source>Counted at, by</source>
        <translation>Когда и кто пересчитал</translation>
    </message>
    <message>
        <source>%1, from the wallets</source>
        <comment>when</comment>
        <translation>%1, по кошелькам</translation>
    </message>
    <message>
        <source>Read from the desk&apos;s active hot wallets through %1; last checked %2.</source>
        <translation>Прочитано с активных горячих кошельков обменника через %1; последняя проверка %2.</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::ReservesPage</name>
    <message>
        <source>&amp;Save count…</source>
        <translation>&amp;Сохранить пересчёт…</translation>
    </message>
    <message>
        <source>as counted, e.g. 150000.00</source>
        <translation>как пересчитано, например 150000.00</translation>
    </message>
    <message>
        <source>e.g. USDTTRC20; empty: not exported</source>
        <translation>например USDTTRC20; пусто — не экспортируется</translation>
    </message>
    <message>
        <source>Reserve entered for %1: %2 available.</source>
        <translation>Резерв %1 внесён: доступно %2.</translation>
    </message>
    <message>
        <source>Reserve of %1 recounted: %2 available.</source>
        <translation>Резерв %1 пересчитан: доступно %2.</translation>
    </message>
    <message>
        <source>Curr&amp;ency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>Counted a&amp;mount:</source>
        <translation>С&amp;умма по пересчёту:</translation>
    </message>
    <message>
        <source>E&amp;xport code:</source>
        <translation>Код в &amp;экспорте:</translation>
    </message>
    <message>
        <source>Count a reserve</source>
        <translation>Пересчёт резерва</translation>
    </message>
    <message>
        <source>No reserve yet: orders are not capped and nothing is exported. Count what the desk holds of each currency it pays out: fiat for sells, crypto for buys.</source>
        <translation>Резервов пока нет: заявки не ограничены, экспортировать нечего. Внесите, сколько обменник держит каждой валюты, которой платит: фиат — для продаж клиентов, криптовалюту — для покупок.</translation>
    </message>
    <message>
        <source>A sell pays fiat out of its currency&apos;s reserve, a buy pays crypto out of its asset&apos;s. Select a reserve to recount it.</source>
        <translation>Продажа клиента выплачивается из резерва фиата, покупка — из резерва криптоактива. Выберите резерв, чтобы пересчитать его.</translation>
    </message>
    <message>
        <source>%1: %2 counted, %3 owed by orders since, %4 available.</source>
        <translation>%1: пересчитано %2, с тех пор заявки должны %3, доступно %4.</translation>
    </message>
    <message>
        <source>Nothing left to promise: new orders paid out of it are refused until it is recounted.</source>
        <translation>Обещать больше нечего: новые заявки с выплатой из него отклоняются, пока его не пересчитают.</translation>
    </message>
    <message>
        <source>Exported as %1.</source>
        <translation>Экспортируется как %1.</translation>
    </message>
    <message>
        <source>Not in the public export (no export code).</source>
        <translation>Не в публичном экспорте (нет кода экспорта).</translation>
    </message>
    <message>
        <source>Type the amount as counted, e.g. 150000.00.</source>
        <translation>Введите сумму по пересчёту, например 150000.00.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n decimal place(s) for this currency.</source>
        <translation>
            <numerusform>Для этой валюты не более %n знака после запятой.</numerusform>
            <numerusform>Для этой валюты не более %n знаков после запятой.</numerusform>
            <numerusform>Для этой валюты не более %n знаков после запятой.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has a reserve: saving recounts it, and orders count against it from now on.</source>
        <translation>У %1 есть резерв: сохранение пересчитает его, и заявки будут учитываться с этого момента.</translation>
    </message>
    <message>
        <source>%1 has no reserve yet: saving enters one, and orders paid out of it are capped from now on.</source>
        <translation>У %1 резерва ещё нет: сохранение внесёт его, и заявки с выплатой из него будут ограничены с этого момента.</translation>
    </message>
    <message>
        <source>Recount the reserve of %1</source>
        <translation>Пересчитать резерв %1</translation>
    </message>
    <message>
        <source>Enter the reserve of %1</source>
        <translation>Внести резерв %1</translation>
    </message>
    <message>
        <source>Loading the reserves failed: %1</source>
        <translation>Не удалось загрузить резервы: %1</translation>
    </message>
    <message>
        <source>Another currency already uses this export code. Choose another code.</source>
        <translation>Этот код экспорта уже у другой валюты. Выберите другой код.</translation>
    </message>
    <message>
        <source>Someone entered this currency&apos;s reserve meanwhile. The list has been reloaded: recount it.</source>
        <translation>Кто-то тем временем внёс резерв этой валюты. Список перезагружен: пересчитайте его.</translation>
    </message>
    <message>
        <source>Someone recounted this reserve meanwhile. The list has been reloaded: check the figures and count again.</source>
        <translation>Кто-то тем временем пересчитал этот резерв. Список перезагружен: проверьте цифры и пересчитайте снова.</translation>
    </message>
    <message>
        <source>The server did not accept the amount: at most the currency&apos;s decimal places.</source>
        <translation>Сервер не принял сумму: не больше знаков после запятой, чем у валюты.</translation>
    </message>
    <message>
        <source>The server did not accept the export code: 2 to 20 Latin capitals and digits.</source>
        <translation>Сервер не принял код экспорта: от 2 до 20 заглавных латинских букв и цифр.</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Не сохранено. %1</translation>
    </message>
    <message>
        <source>Read from the desk&apos;s active hot wallets through %1, last checked %2. Payouts of the few minutes before a reading still count as owed: the explorer may not show them yet. A recount by hand holds until the wallets&apos; balance moves.</source>
        <translation>Прочитано с активных горячих кошельков обменника через %1, последняя проверка %2. Выплаты за несколько минут до проверки всё ещё считаются долгом: обозреватель может их ещё не показывать. Ручной пересчёт действует, пока баланс кошельков не изменится.</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::RiskFlagModel</name>
    <message>
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <source>cleared by %1 at %2: %3</source>
        <translation>снят: %1, %2: %3</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Поднят</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Снят</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::RiskLimitModel</name>
    <message>
        <source>× %1</source>
        <translation>× %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No (default applies)</source>
        <translation>Нет (действует значение по умолчанию)</translation>
    </message>
    <message>
        <source>%1 (rule %2)</source>
        <translation>%1 (правило %2)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Порог</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Flags in 30 days</source>
        <translation>Отметок за 30 дней</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Изменено</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::SessionStore</name>
    <message>
        <source>No keychain is available on this computer, so the session is not remembered. You will log in again next time.</source>
        <translation>На этом компьютере нет хранилища ключей, поэтому сеанс не запомнен. В следующий раз нужно будет войти снова.</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>A new language applies the next time the workstation starts.</source>
        <translation>Новый язык применится при следующем запуске программы.</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::SupportInbox</name>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Мои</translation>
    </message>
    <message>
        <source>&amp;Unassigned</source>
        <translation>&amp;Неназначенные</translation>
    </message>
    <message>
        <source>Ur&amp;gent</source>
        <translation>С&amp;рочные</translation>
    </message>
    <message>
        <source>Overdu&amp;e</source>
        <translation>Просроч&amp;енные</translation>
    </message>
    <message>
        <source>All o&amp;pen</source>
        <translation>Все о&amp;ткрытые</translation>
    </message>
    <message>
        <source>C&amp;losed</source>
        <translation>За&amp;крытые</translation>
    </message>
    <message>
        <source>Load older closed tickets</source>
        <translation>Загрузить более старые закрытые обращения</translation>
    </message>
    <message>
        <source>Search order, customer, message text…</source>
        <translation>Поиск по заявке, клиенту, тексту сообщений…</translation>
    </message>
    <message>
        <source>&amp;Open ticket</source>
        <translation>&amp;Открыть обращение</translation>
    </message>
    <message>
        <source>&amp;Assign to me</source>
        <translation>&amp;Назначить себе</translation>
    </message>
    <message>
        <source>The ticket is assigned to you.</source>
        <translation>Обращение назначено вам.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>support view: title (tickets in it)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) shown</source>
        <translation>
            <numerusform>Показано %n обращение</numerusform>
            <numerusform>Показаны %n обращения</numerusform>
            <numerusform>Показано %n обращений</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: the tickets as last seen. They update when the connection returns.</source>
        <translation>Нет связи: обращения такими, какими были видны последний раз. Они обновятся, когда связь вернётся.</translation>
    </message>
    <message>
        <source>Searching message text on the server…</source>
        <translation>Поиск по тексту сообщений на сервере…</translation>
    </message>
    <message>
        <source>No ticket matches the search in this view.</source>
        <translation>В этом списке ни одно обращение не подходит под поиск.</translation>
    </message>
    <message>
        <source>No closed tickets read yet.</source>
        <translation>Закрытые обращения ещё не загружены.</translation>
    </message>
    <message>
        <source>Nothing to answer here.</source>
        <translation>Здесь отвечать не на что.</translation>
    </message>
    <message>
        <source>Customer &amp;profile…</source>
        <translation>&amp;Профиль клиента…</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::SupportSettingsPage</name>
    <message>
        <source>Send alerts to the o&amp;ps chat</source>
        <translation>Отправлять оповещения в &amp;рабочий чат</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>От&amp;менить правки</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Сохранить…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>A new ticket&apos;s first answer is due this many minutes after the customer wrote.</source>
        <translation>Первый ответ на новое обращение нужно дать за столько минут с момента сообщения клиента.</translation>
    </message>
    <message>
        <source>Once answered, the next answer is due this many minutes after the customer writes again.</source>
        <translation>После первого ответа каждый следующий нужно дать за столько минут с нового сообщения клиента.</translation>
    </message>
    <message>
        <source>Unassigned orders, payouts waiting for approval, disputes, large payouts and failing server jobs are posted to the desk&apos;s Telegram group.</source>
        <translation>Неразобранные заявки, выплаты в ожидании одобрения, споры, крупные выплаты и сбои фоновых задач сервера публикуются в Telegram-группе смены.</translation>
    </message>
    <message>
        <source>The tickets inbox counts down to these deadlines; an answer that is late shows as overdue. Ops chat alerts need the server&apos;s Telegram ops chat to be configured.</source>
        <translation>Список обращений отсчитывает время до этих сроков; опоздавший ответ отмечается как просроченный. Для оповещений в рабочий чат на сервере должен быть настроен чат смены в Telegram.</translation>
    </message>
    <message>
        <source>Support settings saved.</source>
        <translation>Настройки поддержки сохранены.</translation>
    </message>
    <message>
        <source>&amp;First answer due within:</source>
        <translation>Первый о&amp;твет в течение:</translation>
    </message>
    <message>
        <source>&amp;Next answer due within:</source>
        <translation>С&amp;ледующий ответ в течение:</translation>
    </message>
    <message>
        <source>Change the support settings</source>
        <translation>Изменить настройки поддержки</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::TakeRateDialog</name>
    <message>
        <source>Take order %1</source>
        <translation>Взять заявку %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;Take</source>
        <translation>&amp;Взять</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Заявка:</translation>
    </message>
    <message>
        <source>Suggested rate:</source>
        <translation>Рекомендованный курс:</translation>
    </message>
    <message>
        <source>&amp;Final rate:</source>
        <translation>&amp;Итоговый курс:</translation>
    </message>
    <message>
        <source>Deviation:</source>
        <translation>Отклонение:</translation>
    </message>
    <message>
        <source>Admin limit:</source>
        <translation>Лимит администратора:</translation>
    </message>
    <message>
        <source>enter a positive rate with at most %1 decimals</source>
        <translation>введите положительный курс, не более %1 знаков после точки</translation>
    </message>
    <message>
        <source>above the suggestion</source>
        <translation>выше рекомендованного</translation>
    </message>
    <message>
        <source>below the suggestion</source>
        <translation>ниже рекомендованного</translation>
    </message>
    <message>
        <source>equal to the suggestion</source>
        <translation>равен рекомендованному</translation>
    </message>
    <message>
        <source>%1 % (%2)</source>
        <translation>%1 % (%2)</translation>
    </message>
    <message>
        <source>no suggested rate to compare with</source>
        <translation>нет рекомендованного курса для сравнения</translation>
    </message>
    <message>
        <source>The rate deviates from the suggestion by more than the admin limit of %1 %. Give a reason; it is recorded with the order.</source>
        <translation>Курс отличается от рекомендованного больше, чем на лимит администратора %1 %. Укажите причину; она сохраняется в заявке.</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Причина (обязательно):</translation>
    </message>
    <message>
        <source>&amp;Reason (optional):</source>
        <translation>&amp;Причина (необязательно):</translation>
    </message>
    <message>
        <source>&amp;Send the deposit address to the customer right after taking</source>
        <translation>&amp;Сразу после взятия отправить клиенту адрес депозита</translation>
    </message>
    <message>
        <source>&amp;Take and send address</source>
        <translation>&amp;Взять и отправить адрес</translation>
    </message>
    <message>
        <source>not visible to this account; the server checks it</source>
        <translation>этой учётной записи не виден; его проверяет сервер</translation>
    </message>
    <message>
        <source>Take, then send the deposit instructions to the customer: one action. If the second step is refused, the order stays yours and the card says why.</source>
        <translation>Взять заявку и сразу отправить клиенту инструкции для депозита — одним действием. Если второй шаг не пройдёт, заявка останется за вами, а карточка скажет почему.</translation>
    </message>
    <message>
        <source>The server requires a reason for this rate. Give a reason; it is recorded with the order.</source>
        <translation>Для этого курса сервер требует причину. Укажите её; она сохраняется в заявке.</translation>
    </message>
    <message>
        <source>The desk&apos;s rate for this pair is stale: the reference feed stopped or nobody has updated it, and the bot no longer quotes it. Check the market before fixing the final rate.</source>
        <translation>Курс обменника для этой пары устарел: внешний фид остановился или курс никто не обновлял, и бот его больше не котирует. Проверьте рынок, прежде чем фиксировать итоговый курс.</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::TicketInbox</name>
    <message>
        <source>%1 (@%2)</source>
        <comment>customer: first name (@username)</comment>
        <translation>%1 (@%2)</translation>
    </message>
    <message>
        <source>Telegram %1</source>
        <translation>Telegram %1</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::TicketListModel</name>
    <message>
        <source>General question</source>
        <translation>Общий вопрос</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>ticket&apos;s order: code · status</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <comment>time since the customer&apos;s last message</comment>
        <translation>%1 назад</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Срочно</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Не назначено</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Urgent: the desk answers this customer first.</source>
        <translation>Срочно: этому клиенту отвечают в первую очередь.</translation>
    </message>
    <message>
        <source>Last message from the customer: %1</source>
        <translation>Последнее сообщение клиента: %1</translation>
    </message>
    <message>
        <source>Closed at %1</source>
        <translation>Закрыто %1</translation>
    </message>
    <message>
        <source>No answer is due: the customer has not written since the desk&apos;s last reply.</source>
        <translation>Ответ не требуется: клиент не писал после последнего ответа.</translation>
    </message>
    <message>
        <source>Next answer due at %1</source>
        <translation>Следующий ответ нужен до %1</translation>
    </message>
    <message>
        <source>First answer due at %1</source>
        <translation>Первый ответ нужен до %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) from the customer you have not read</source>
        <translation>
            <numerusform>%n сообщение клиента вы ещё не прочитали</numerusform>
            <numerusform>%n сообщения клиента вы ещё не прочитали</numerusform>
            <numerusform>%n сообщений клиента вы ещё не прочитали</numerusform>
        </translation>
    </message>
    <message>
        <source>Time left to answer the customer (first answer, then each next one)</source>
        <translation>Сколько осталось до ответа клиенту (сначала первого, потом каждого следующего)</translation>
    </message>
    <message>
        <source>Customer messages you have not read</source>
        <translation>Сообщения клиента, которые вы не прочитали</translation>
    </message>
    <message>
        <source>Time since the customer last wrote</source>
        <translation>Сколько прошло с последнего сообщения клиента</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Последнее сообщение</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Непрочитано</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::TicketMessageModel</name>
    <message>
        <source>the customer blocked the bot or never started it</source>
        <translation>клиент заблокировал бота или ни разу его не запускал</translation>
    </message>
    <message>
        <source>the customer&apos;s Telegram chat no longer exists</source>
        <translation>чата клиента в Telegram больше нет</translation>
    </message>
    <message>
        <source>the message is too long for Telegram</source>
        <translation>сообщение слишком длинное для Telegram</translation>
    </message>
    <message>
        <source>Telegram could not read its formatting</source>
        <translation>Telegram не смог разобрать его оформление</translation>
    </message>
    <message>
        <source>the file is too large for Telegram</source>
        <translation>файл слишком большой для Telegram</translation>
    </message>
    <message>
        <source>Telegram asked the desk to slow down</source>
        <translation>Telegram попросил отправлять реже</translation>
    </message>
    <message>
        <source>Telegram could not be reached</source>
        <translation>Telegram недоступен</translation>
    </message>
    <message>
        <source>the bot is not set up correctly (tell the admin)</source>
        <translation>бот настроен неправильно (сообщите администратору)</translation>
    </message>
    <message>
        <source>the message could not be prepared (tell the admin)</source>
        <translation>сообщение не удалось подготовить (сообщите администратору)</translation>
    </message>
    <message>
        <source>Telegram refused it</source>
        <translation>Telegram его отклонил</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправляется…</translation>
    </message>
    <message>
        <source>Not confirmed by the server yet; retrying. It will not be sent twice.</source>
        <translation>Сервер ещё не подтвердил; повторяем. Дважды оно не уйдёт.</translation>
    </message>
    <message>
        <source>Not confirmed by the server yet (%1); retrying. It will not be sent twice.</source>
        <translation>Сервер ещё не подтвердил (%1); повторяем. Дважды оно не уйдёт.</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Ожидает отправки</translation>
    </message>
    <message>
        <source>Waiting to be sent; the last try failed: %1</source>
        <translation>Ожидает отправки; последняя попытка не удалась: %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Не отправлено: %1</translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation>Не доставлено: %1</translation>
    </message>
    <message>
        <source>Photo, %1</source>
        <translation>Фото, %1</translation>
    </message>
    <message>
        <source>PDF document, %1</source>
        <translation>Документ PDF, %1</translation>
    </message>
    <message>
        <source>File, %1</source>
        <translation>Файл, %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Telegram said: %1</source>
        <translation>Ответ Telegram: %1</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 в %2: %3</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::TicketWindow</name>
    <message>
        <source>Create order for this customer…</source>
        <translation>Создать заявку для этого клиента…</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <source>Chat with %1</source>
        <translation>Переписка с %1</translation>
    </message>
    <message>
        <source>Open order %1</source>
        <translation>Открыть заявку %1</translation>
    </message>
    <message>
        <source>Only operators and seniors record orders.</source>
        <translation>Заявки создают только операторы и старшие.</translation>
    </message>
    <message>
        <source>Offline: orders are recorded on the server.</source>
        <translation>Нет связи: заявки создаются на сервере.</translation>
    </message>
    <message>
        <source>Record an order the customer asked for here or by phone (Ctrl+Shift+N)</source>
        <translation>Создать заявку, о которой клиент попросил здесь или по телефону (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Customer profile…</source>
        <translation>Профиль клиента…</translation>
    </message>
    <message>
        <source>The customer&apos;s orders, flags, payout accounts and tickets (Ctrl+Shift+U)</source>
        <translation>Заявки клиента, флаги риска, реквизиты выплат и обращения (Ctrl+Shift+U)</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::TrayNotifier</name>
    <message>
        <source>p2pdesk workstation</source>
        <translation>Рабочее место p2pdesk</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::TrustCertificateDialog</name>
    <message>
        <source>Trust this server?</source>
        <translation>Доверять этому серверу?</translation>
    </message>
    <message>
        <source>This is the first connection to &lt;b&gt;%1:%2&lt;/b&gt;. Compare the fingerprint below with the one syncd printed when it created its certificate (ask your admin). Trust it only if they match exactly; afterwards any other certificate will be refused.</source>
        <translation>Это первое подключение к &lt;b&gt;%1:%2&lt;/b&gt;. Сравните отпечаток ниже с тем, который syncd вывел при создании сертификата (спросите администратора). Доверяйте, только если они совпадают полностью; после этого любой другой сертификат будет отклонён.</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Субъект:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Издатель:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Действует:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>&amp;Trust and connect</source>
        <translation>&amp;Доверять и подключиться</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::WalletDialog</name>
    <message>
        <source>New wallet</source>
        <translation>Новый кошелёк</translation>
    </message>
    <message>
        <source>%1 on %2%3</source>
        <translation>%1 в сети %2%3</translation>
    </message>
    <message>
        <source>Hot — orders pay into it</source>
        <translation>Горячий — на него платят по заявкам</translation>
    </message>
    <message>
        <source>Cold — storage, never shown to customers</source>
        <translation>Холодный — хранение, клиентам не показывается</translation>
    </message>
    <message>
        <source>e.g. Tron hot 1</source>
        <translation>например, Tron горячий 1</translation>
    </message>
    <message>
        <source>where the key is kept, e.g. vault://desk/tron-hot-1 — never the key</source>
        <translation>где хранится ключ, например vault://desk/tron-hot-1 — но не сам ключ</translation>
    </message>
    <message>
        <source>A name of the place the key is kept: a vault path, an HSM slot, a hardware wallet&apos;s label. Never paste a private key or a seed phrase here.</source>
        <translation>Название места, где хранится ключ: путь в хранилище секретов, слот HSM, метка аппаратного кошелька. Никогда не вставляйте сюда закрытый ключ или сид-фразу.</translation>
    </message>
    <message>
        <source>why — kept in the audit log</source>
        <translation>почему — сохраняется в журнале аудита</translation>
    </message>
    <message>
        <source>A&amp;sset:</source>
        <translation>А&amp;ктив:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Key &amp;kept at:</source>
        <translation>Где &amp;хранится ключ:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>Прич&amp;ина:</translation>
    </message>
    <message>
        <source>Choose the asset and network.</source>
        <translation>Выберите актив и сеть.</translation>
    </message>
    <message>
        <source>Paste the wallet&apos;s address.</source>
        <translation>Вставьте адрес кошелька.</translation>
    </message>
    <message>
        <source>This is not a Tron address: it starts with T, has 34 characters and a valid checksum.</source>
        <translation>Это не адрес Tron: он начинается с T, в нём 34 символа и верная контрольная сумма.</translation>
    </message>
    <message>
        <source>This is not an Ethereum address: 0x followed by 40 hex digits.</source>
        <translation>Это не адрес Ethereum: 0x и 40 шестнадцатеричных цифр.</translation>
    </message>
    <message>
        <source>This is not a Bitcoin mainnet address: bc1…, 1… or 3… with a valid checksum.</source>
        <translation>Это не адрес основной сети Bitcoin: bc1…, 1… или 3… с верной контрольной суммой.</translation>
    </message>
    <message>
        <source>The label looks like a key. Name the wallet instead.</source>
        <translation>Название похоже на ключ. Назовите кошелёк словами.</translation>
    </message>
    <message>
        <source>Say where the key is kept (a vault path, an HSM slot, a hardware wallet&apos;s name).</source>
        <translation>Укажите, где хранится ключ (путь в хранилище секретов, слот HSM, название аппаратного кошелька).</translation>
    </message>
    <message>
        <source>This looks like a private key or a seed phrase. Never enter a key here: clear the field and enter only the name of where the key is kept.</source>
        <translation>Это похоже на закрытый ключ или сид-фразу. Никогда не вводите сюда ключ: очистите поле и укажите только, где хранится ключ.</translation>
    </message>
    <message>
        <source>Say why: the reason goes to the audit log.</source>
        <translation>Укажите причину: она попадёт в журнал аудита.</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::WalletListModel</name>
    <message>
        <source>Tron</source>
        <translation>Tron</translation>
    </message>
    <message>
        <source>Ethereum</source>
        <translation>Ethereum</translation>
    </message>
    <message>
        <source>Bitcoin</source>
        <translation>Bitcoin</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Горячий</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Холодный</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Hot: orders are given this address to pay into.</source>
        <translation>Горячий: этот адрес выдаётся заявкам для оплаты.</translation>
    </message>
    <message>
        <source>Cold: storage; never given to a customer.</source>
        <translation>Холодный: хранение; клиентам не выдаётся.</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Актив</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Hot/cold</source>
        <translation>Горячий/холодный</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Используется</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::WalletsPage</name>
    <message>
        <source>&amp;New wallet…</source>
        <translation>&amp;Новый кошелёк…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>Откл&amp;ючить…</translation>
    </message>
    <message>
        <source>Wallet added: %1. Check its address against the QR code.</source>
        <translation>Кошелёк добавлен: %1. Сверьте его адрес с QR-кодом.</translation>
    </message>
    <message>
        <source>Wallet activated: %1.</source>
        <translation>Кошелёк включён: %1.</translation>
    </message>
    <message>
        <source>Wallet deactivated: %1; orders no longer get its address.</source>
        <translation>Кошелёк отключён: %1; заявкам его адрес больше не выдаётся.</translation>
    </message>
    <message>
        <source>No wallet yet. Orders need an active hot wallet of their asset and network to be given an address to pay into.</source>
        <translation>Кошельков пока нет. Чтобы заявке выдали адрес для оплаты, нужен активный горячий кошелёк её актива и сети.</translation>
    </message>
    <message>
        <source>Select a wallet to see its address as a QR code.</source>
        <translation>Выберите кошелёк, чтобы увидеть его адрес в виде QR-кода.</translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>Не удалось построить QR-код.</translation>
    </message>
    <message>
        <source>Acti&amp;vate…</source>
        <translation>&amp;Включить…</translation>
    </message>
    <message>
        <source>%1 on %2, %3.</source>
        <translation>%1 в сети %2, %3.</translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation>Название: %1</translation>
    </message>
    <message>
        <source>Key kept at: %1</source>
        <translation>Ключ хранится: %1</translation>
    </message>
    <message>
        <source>In use: new orders may be given this address.</source>
        <translation>Используется: новым заявкам может выдаваться этот адрес.</translation>
    </message>
    <message>
        <source>In use as storage.</source>
        <translation>Используется как хранилище.</translation>
    </message>
    <message>
        <source>Not in use: no order is given this address.</source>
        <translation>Не используется: заявкам этот адрес не выдаётся.</translation>
    </message>
    <message>
        <source>Compare the address and the QR code with the wallet itself before customers pay into it.</source>
        <translation>Сверьте адрес и QR-код с самим кошельком, прежде чем клиенты будут на него платить.</translation>
    </message>
    <message>
        <source>Deactivate the wallet %1</source>
        <translation>Отключить кошелёк %1</translation>
    </message>
    <message>
        <source>Activate the wallet %1</source>
        <translation>Включить кошелёк %1</translation>
    </message>
</context>
</TS>
