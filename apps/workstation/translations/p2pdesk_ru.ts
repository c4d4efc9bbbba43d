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
        <source>The server's database is unavailable. Try again shortly.</source>
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
        <source>The server's certificate has changed since you trusted it. The connection was refused: this may be an attack. Ask the admin before trusting a new certificate.</source>
        <translation>Сертификат сервера изменился с тех пор, как вы ему доверились. Соединение отклонено: это может быть атака. Прежде чем доверять новому сертификату, свяжитесь с администратором.</translation>
    </message>
    <message>
        <source>The server's certificate was not trusted, so nothing was sent.</source>
        <translation>Сертификату сервера не доверились, поэтому ничего не отправлено.</translation>
    </message>
    <message>
        <source>The server's certificate is invalid (expired or issued for another name).</source>
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
    <name>p2pdesk::workstation::AppController</name>
    <message>
        <source>Enter the server as host:port, for example desk.example.org:8443.</source>
        <translation>Укажите сервер в виде хост:порт, например desk.example.org:8443.</translation>
    </message>
    <message>
        <source>Your session has ended (%1). Please log in again.</source>
        <translation>Сеанс завершён (%1). Войдите снова.</translation>
    </message>
    <message>
        <source>Take order %1</source>
        <translation>Взять заявку %1</translation>
    </message>
    <message>
        <source>Final rate (suggested %1):</source>
        <translation>Итоговый курс (рекомендованный %1):</translation>
    </message>
    <message>
        <source>“%1” is not a valid rate.</source>
        <translation>«%1» — недопустимый курс.</translation>
    </message>
    <message>
        <source>Order taken.</source>
        <translation>Заявка взята.</translation>
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
        <source>desk.example.org:8443</source>
        <translation>desk.example.org:8443</translation>
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
        <translation>&amp;Деск</translation>
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
        <translation><numerusform>Показана %n заявка</numerusform><numerusform>Показаны %n заявки</numerusform><numerusform>Показано %n заявок</numerusform></translation>
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
        <translation>%1 д %2 ч</translation>
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
        <source>overdue %1</source>
        <translation>просрочено на %1</translation>
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
</TS>
