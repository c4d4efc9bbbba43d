<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApiError</name>
    <message>
        <source>The server did not understand the request.</source>
        <translation>The server did not understand the request.</translation>
    </message>
    <message>
        <source>Some of the entered values are not valid.</source>
        <translation>Some of the entered values are not valid.</translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation>Your session has ended. Please log in again.</translation>
    </message>
    <message>
        <source>Login failed: wrong username, password or code, or the account is locked.</source>
        <translation>Login failed: wrong username, password or code, or the account is locked.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>You are not allowed to do this.</translation>
    </message>
    <message>
        <source>It no longer exists on the server.</source>
        <translation>It no longer exists on the server.</translation>
    </message>
    <message>
        <source>The server does not support this action.</source>
        <translation>The server does not support this action.</translation>
    </message>
    <message>
        <source>This conflicts with existing data.</source>
        <translation>This conflicts with existing data.</translation>
    </message>
    <message>
        <source>The order is no longer in a state that allows this.</source>
        <translation>The order is no longer in a state that allows this.</translation>
    </message>
    <message>
        <source>Someone else changed the order meanwhile. It has been refreshed.</source>
        <translation>Someone else changed the order meanwhile. It has been refreshed.</translation>
    </message>
    <message>
        <source>Another operator took this order first.</source>
        <translation>Another operator took this order first.</translation>
    </message>
    <message>
        <source>The base rate is out of date; quoting is stopped.</source>
        <translation>The base rate is out of date; quoting is stopped.</translation>
    </message>
    <message>
        <source>The order is on hold until a senior clears its risk flags.</source>
        <translation>The order is on hold until a senior clears its risk flags.</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>A reason is required.</translation>
    </message>
    <message>
        <source>Another senior must approve this payout first.</source>
        <translation>Another senior must approve this payout first.</translation>
    </message>
    <message>
        <source>Tick every checklist item first.</source>
        <translation>Tick every checklist item first.</translation>
    </message>
    <message>
        <source>A proof of payment is required.</source>
        <translation>A proof of payment is required.</translation>
    </message>
    <message>
        <source>Enter the final rate.</source>
        <translation>Enter the final rate.</translation>
    </message>
    <message>
        <source>Enter the payout reference.</source>
        <translation>Enter the payout reference.</translation>
    </message>
    <message>
        <source>No active hot wallet for this asset and network.</source>
        <translation>No active hot wallet for this asset and network.</translation>
    </message>
    <message>
        <source>The rate deviates too far from the suggested rate; give a reason.</source>
        <translation>The rate deviates too far from the suggested rate; give a reason.</translation>
    </message>
    <message>
        <source>A limit would be exceeded.</source>
        <translation>A limit would be exceeded.</translation>
    </message>
    <message>
        <source>A repeated request did not match the original.</source>
        <translation>A repeated request did not match the original.</translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation>The file is too large.</translation>
    </message>
    <message>
        <source>This file type is not accepted.</source>
        <translation>This file type is not accepted.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a little and try again.</source>
        <translation>Too many attempts. Wait a little and try again.</translation>
    </message>
    <message>
        <source>The server failed. Try again; if it repeats, tell the admin.</source>
        <translation>The server failed. Try again; if it repeats, tell the admin.</translation>
    </message>
    <message>
        <source>The server's database is unavailable. Try again shortly.</source>
        <translation>The server's database is unavailable. Try again shortly.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>The server cannot be reached.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>The server did not answer in time.</translation>
    </message>
    <message>
        <source>The server's certificate has changed since you trusted it. The connection was refused: this may be an attack. Ask the admin before trusting a new certificate.</source>
        <translation>The server's certificate has changed since you trusted it. The connection was refused: this may be an attack. Ask the admin before trusting a new certificate.</translation>
    </message>
    <message>
        <source>The server's certificate was not trusted, so nothing was sent.</source>
        <translation>The server's certificate was not trusted, so nothing was sent.</translation>
    </message>
    <message>
        <source>The server's certificate is invalid (expired or issued for another name).</source>
        <translation>The server's certificate is invalid (expired or issued for another name).</translation>
    </message>
    <message>
        <source>The server sent an answer this version cannot read.</source>
        <translation>The server sent an answer this version cannot read.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
    <message>
        <source>The request failed (HTTP %1).</source>
        <translation>The request failed (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>NotificationPolicy</name>
    <message>
        <source>New order %1</source>
        <translation>New order %1</translation>
    </message>
    <message>
        <source>Order %1: the customer sent the crypto</source>
        <translation>Order %1: the customer sent the crypto</translation>
    </message>
    <message>
        <source>Check the proof and verify the payment.</source>
        <translation>Check the proof and verify the payment.</translation>
    </message>
    <message>
        <source>Order %1 is disputed</source>
        <translation>Order %1 is disputed</translation>
    </message>
    <message>
        <source>Order %1 may need your approval</source>
        <translation>Order %1 may need your approval</translation>
    </message>
    <message>
        <source>Dispute on order %1</source>
        <translation>Dispute on order %1</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::AppController</name>
    <message>
        <source>Enter the server as host:port, for example desk.example.org:8443.</source>
        <translation>Enter the server as host:port, for example desk.example.org:8443.</translation>
    </message>
    <message>
        <source>Your session has ended (%1). Please log in again.</source>
        <translation>Your session has ended (%1). Please log in again.</translation>
    </message>
    <message>
        <source>Take order %1</source>
        <translation>Take order %1</translation>
    </message>
    <message>
        <source>Final rate (suggested %1):</source>
        <translation>Final rate (suggested %1):</translation>
    </message>
    <message>
        <source>“%1” is not a valid rate.</source>
        <translation>“%1” is not a valid rate.</translation>
    </message>
    <message>
        <source>Order taken.</source>
        <translation>Order taken.</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::LoginDialog</name>
    <message>
        <source>&amp;Remember the session on this computer</source>
        <translation>&amp;Remember the session on this computer</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Log in — p2pdesk</source>
        <translation>Log in — p2pdesk</translation>
    </message>
    <message>
        <source>desk.example.org:8443</source>
        <translation>desk.example.org:8443</translation>
    </message>
    <message>
        <source>6 digits from your authenticator app</source>
        <translation>6 digits from your authenticator app</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Code (2FA):</source>
        <translation>&amp;Code (2FA):</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::MainWindow</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Waiting for customer</translation>
    </message>
    <message>
        <source>Needs approval</source>
        <translation>Needs approval</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Disputes</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>p2pdesk — order queue</source>
        <translation>p2pdesk — order queue</translation>
    </message>
    <message>
        <source>Search code, customer, holder… (Ctrl+F)</source>
        <translation>Search code, customer, holder… (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Order</translation>
    </message>
    <message>
        <source>&amp;Take…</source>
        <translation>&amp;Take…</translation>
    </message>
    <message>
        <source>&amp;Open card</source>
        <translation>&amp;Open card</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Log out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Order actions</source>
        <translation>Order actions</translation>
    </message>
    <message>
        <source>p2pdesk — %1</source>
        <translation>p2pdesk — %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) shown</source>
        <translation><numerusform>%n order shown</numerusform><numerusform>%n orders shown</numerusform></translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::OfflineBanner</name>
    <message>
        <source>Offline — showing the last known state; actions are disabled until the connection returns.</source>
        <translation>Offline — showing the last known state; actions are disabled until the connection returns.</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::OrderQueueModel</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Awaiting crypto</source>
        <translation>Awaiting crypto</translation>
    </message>
    <message>
        <source>Customer marked sent</source>
        <translation>Customer marked sent</translation>
    </message>
    <message>
        <source>Verify proof</source>
        <translation>Verify proof</translation>
    </message>
    <message>
        <source>Payment verified</source>
        <translation>Payment verified</translation>
    </message>
    <message>
        <source>Processing payout</source>
        <translation>Processing payout</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Paid out</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Dispute</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <comment>minutes:seconds</comment>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>Sell %1 → %2</source>
        <translation>Sell %1 → %2</translation>
    </message>
    <message>
        <source>Buy %1 ← %2</source>
        <translation>Buy %1 ← %2</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>overdue %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Crypto</source>
        <translation>Crypto</translation>
    </message>
    <message>
        <source>Fiat</source>
        <translation>Fiat</translation>
    </message>
    <message>
        <source>Suggested rate</source>
        <translation>Suggested rate</translation>
    </message>
    <message>
        <source>Final rate</source>
        <translation>Final rate</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::SessionStore</name>
    <message>
        <source>No keychain is available on this computer, so the session is not remembered. You will log in again next time.</source>
        <translation>No keychain is available on this computer, so the session is not remembered. You will log in again next time.</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>A new language applies the next time the workstation starts.</source>
        <translation>A new language applies the next time the workstation starts.</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::TrayNotifier</name>
    <message>
        <source>p2pdesk workstation</source>
        <translation>p2pdesk workstation</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::TrustCertificateDialog</name>
    <message>
        <source>Trust this server?</source>
        <translation>Trust this server?</translation>
    </message>
    <message>
        <source>This is the first connection to &lt;b&gt;%1:%2&lt;/b&gt;. Compare the fingerprint below with the one syncd printed when it created its certificate (ask your admin). Trust it only if they match exactly; afterwards any other certificate will be refused.</source>
        <translation>This is the first connection to &lt;b&gt;%1:%2&lt;/b&gt;. Compare the fingerprint below with the one syncd printed when it created its certificate (ask your admin). Trust it only if they match exactly; afterwards any other certificate will be refused.</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Issuer:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Valid:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>&amp;Trust and connect</source>
        <translation>&amp;Trust and connect</translation>
    </message>
</context>
</TS>
