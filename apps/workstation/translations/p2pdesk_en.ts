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
        <source>This proof file was deleted after the retention period; only its SHA-256 is kept.</source>
        <translation>This proof file was deleted after the retention period; only its SHA-256 is kept.</translation>
    </message>
    <message>
        <source>The server&apos;s database is unavailable. Try again shortly.</source>
        <translation>The server&apos;s database is unavailable. Try again shortly.</translation>
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
        <source>The server&apos;s certificate has changed since you trusted it. The connection was refused: this may be an attack. Ask the admin before trusting a new certificate.</source>
        <translation>The server&apos;s certificate has changed since you trusted it. The connection was refused: this may be an attack. Ask the admin before trusting a new certificate.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not trusted, so nothing was sent.</source>
        <translation>The server&apos;s certificate was not trusted, so nothing was sent.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is invalid (expired or issued for another name).</source>
        <translation>The server&apos;s certificate is invalid (expired or issued for another name).</translation>
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
    <message>
        <source>The customer must accept a new rate before the payout can start.</source>
        <translation>The customer must accept a new rate before the payout can start.</translation>
    </message>
    <message>
        <source>New orders are switched off by the administrator.</source>
        <translation>New orders are switched off by the administrator.</translation>
    </message>
    <message>
        <source>The desk does not pay out to this bank in this currency (unknown or switched off in Administration → Banks).</source>
        <translation>The desk does not pay out to this bank in this currency (unknown or switched off in Administration → Banks).</translation>
    </message>
    <message>
        <source>An outside service the desk relies on did not answer. Try again later.</source>
        <translation>An outside service the desk relies on did not answer. Try again later.</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>Many orders from this customer in 24 h</source>
        <translation>Many orders from this customer in 24 h</translation>
    </message>
    <message>
        <source>High volume from this customer in 24 h</source>
        <translation>High volume from this customer in 24 h</translation>
    </message>
    <message>
        <source>Many orders to this payout account in 24 h</source>
        <translation>Many orders to this payout account in 24 h</translation>
    </message>
    <message>
        <source>Order above the single-order limit</source>
        <translation>Order above the single-order limit</translation>
    </message>
    <message>
        <source>Payout details changed often in 30 days</source>
        <translation>Payout details changed often in 30 days</translation>
    </message>
    <message>
        <source>Large first order</source>
        <translation>Large first order</translation>
    </message>
    <message>
        <source>Proof file already used on another order</source>
        <translation>Proof file already used on another order</translation>
    </message>
    <message>
        <source>Transaction id already used on another order</source>
        <translation>Transaction id already used on another order</translation>
    </message>
    <message>
        <source>Risk limits not configured</source>
        <translation>Risk limits not configured</translation>
    </message>
    <message>
        <source>Other risk rule</source>
        <translation>Other risk rule</translation>
    </message>
    <message>
        <source>%1 — %2 (rule %3)</source>
        <translation>%1 — %2 (rule %3)</translation>
    </message>
    <message>
        <source>for information</source>
        <translation>for information</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>on hold</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blocked</translation>
    </message>
    <message>
        <source>%1 (limit %2)</source>
        <translation>%1 (limit %2)</translation>
    </message>
    <message>
        <source>Error code for support: %1 (HTTP %2)</source>
        <translation>Error code for support: %1 (HTTP %2)</translation>
    </message>
    <message>
        <source>Error code for support: %1</source>
        <translation>Error code for support: %1</translation>
    </message>
    <message>
        <source>operator %1</source>
        <translation>operator %1</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>customer</translation>
    </message>
    <message>
        <source>customer @%1</source>
        <translation>customer @%1</translation>
    </message>
    <message>
        <source>system</source>
        <translation>system</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>Approved by %1 at %2</source>
        <translation>Approved by %1 at %2</translation>
    </message>
    <message>
        <source>Rejected by %1 at %2</source>
        <translation>Rejected by %1 at %2</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Not needed</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Not needed (below the threshold)</source>
        <translation>Not needed (below the threshold)</translation>
    </message>
    <message>
        <source>— another senior may still approve.</source>
        <translation>— another senior may still approve.</translation>
    </message>
    <message>
        <source>Waiting for a second senior (above the threshold)</source>
        <translation>Waiting for a second senior (above the threshold)</translation>
    </message>
    <message>
        <source>Needed before the payout (above the threshold)</source>
        <translation>Needed before the payout (above the threshold)</translation>
    </message>
    <message>
        <source>Checked by the server when the payout starts</source>
        <translation>Checked by the server when the payout starts</translation>
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
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
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
        <source>in %1</source>
        <comment>deadline</comment>
        <translation>in %1</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>overdue by %1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Deadline: %1</translation>
    </message>
    <message>
        <source>Customer blocked</source>
        <translation>Customer blocked</translation>
    </message>
    <message>
        <source>First payout to new payout details</source>
        <translation>First payout to new payout details</translation>
    </message>
    <message>
        <source>Payout account used by other customers in 30 days</source>
        <translation>Payout account used by other customers in 30 days</translation>
    </message>
    <message>
        <source>Amount far above this customer&apos;s usual</source>
        <translation>Amount far above this customer&apos;s usual</translation>
    </message>
    <message>
        <source>Payout details changed minutes after another order</source>
        <translation>Payout details changed minutes after another order</translation>
    </message>
    <message>
        <source>%1, no limit set</source>
        <translation>%1, no limit set</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Request id: %1</translation>
    </message>
    <message>
        <source>Fires when one order&apos;s amount in this currency is above the threshold.</source>
        <translation>Fires when one order&apos;s amount in this currency is above the threshold.</translation>
    </message>
    <message>
        <source>Fires when a customer&apos;s orders in this currency over 24 hours, this one included, add up to more than the threshold.</source>
        <translation>Fires when a customer&apos;s orders in this currency over 24 hours, this one included, add up to more than the threshold.</translation>
    </message>
    <message>
        <source>Fires when a customer&apos;s very first order is above the threshold in this currency.</source>
        <translation>Fires when a customer&apos;s very first order is above the threshold in this currency.</translation>
    </message>
    <message>
        <source>Fires when the first payout to payout details the desk has never paid is above the threshold: a cooling-off against stolen accounts.</source>
        <translation>Fires when the first payout to payout details the desk has never paid is above the threshold: a cooling-off against stolen accounts.</translation>
    </message>
    <message>
        <source>Fires when a customer places more orders in 24 hours than the threshold.</source>
        <translation>Fires when a customer places more orders in 24 hours than the threshold.</translation>
    </message>
    <message>
        <source>Fires when more orders than the threshold pay out to one payout account in 24 hours, whoever the customers are.</source>
        <translation>Fires when more orders than the threshold pay out to one payout account in 24 hours, whoever the customers are.</translation>
    </message>
    <message>
        <source>Fires when a customer changes their payout details more often in 30 days than the threshold.</source>
        <translation>Fires when a customer changes their payout details more often in 30 days than the threshold.</translation>
    </message>
    <message>
        <source>Fires when more other customers than the threshold were paid to the same payout account in 30 days: the pattern of a money mule.</source>
        <translation>Fires when more other customers than the threshold were paid to the same payout account in 30 days: the pattern of a money mule.</translation>
    </message>
    <message>
        <source>Fires when an order is above the threshold times the customer&apos;s median order (once they have three completed orders in that currency).</source>
        <translation>Fires when an order is above the threshold times the customer&apos;s median order (once they have three completed orders in that currency).</translation>
    </message>
    <message>
        <source>Fires when a customer brings new payout details within the threshold in minutes of their previous order: the pattern of a hijacked account.</source>
        <translation>Fires when a customer brings new payout details within the threshold in minutes of their previous order: the pattern of a hijacked account.</translation>
    </message>
    <message>
        <source>A rule this workstation does not describe yet.</source>
        <translation>A rule this workstation does not describe yet.</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>first name (@username)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Customer %1</translation>
    </message>
    <message>
        <source>30-day volume above the unverified customer&apos;s limit</source>
        <translation>30-day volume above the unverified customer&apos;s limit</translation>
    </message>
    <message>
        <source>30-day volume above the limit of verification level 1</source>
        <translation>30-day volume above the limit of verification level 1</translation>
    </message>
    <message>
        <source>30-day volume above the limit of verification level 2</source>
        <translation>30-day volume above the limit of verification level 2</translation>
    </message>
    <message>
        <source>Fires when an unverified customer&apos;s orders in this currency over 30 days, this one included, add up to more than the threshold.</source>
        <translation>Fires when an unverified customer&apos;s orders in this currency over 30 days, this one included, add up to more than the threshold.</translation>
    </message>
    <message>
        <source>Fires when the orders in this currency over 30 days of a customer at verification level 1 (an identity document checked), this one included, add up to more than the threshold.</source>
        <translation>Fires when the orders in this currency over 30 days of a customer at verification level 1 (an identity document checked), this one included, add up to more than the threshold.</translation>
    </message>
    <message>
        <source>Fires when the orders in this currency over 30 days of a customer at verification level 2 (fully verified), this one included, add up to more than the threshold.</source>
        <translation>Fires when the orders in this currency over 30 days of a customer at verification level 2 (fully verified), this one included, add up to more than the threshold.</translation>
    </message>
    <message>
        <source>Level 0 — unverified</source>
        <translation>Level 0 — unverified</translation>
    </message>
    <message>
        <source>Level 1 — identity document checked</source>
        <translation>Level 1 — identity document checked</translation>
    </message>
    <message>
        <source>Level 2 — fully verified</source>
        <translation>Level 2 — fully verified</translation>
    </message>
    <message>
        <source>Sender address above the AML risk limit</source>
        <translation>Sender address above the AML risk limit</translation>
    </message>
    <message>
        <source>Fires when the address a customer&apos;s crypto came from scores above the desk&apos;s limit (Desk settings) in an AML screening: the order waits for a senior.</source>
        <translation>Fires when the address a customer&apos;s crypto came from scores above the desk&apos;s limit (Desk settings) in an AML screening: the order waits for a senior.</translation>
    </message>
    <message>
        <source>score %1 of 100 (limit %2)</source>
        <translation>score %1 of 100 (limit %2)</translation>
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
    <name>TicketNotificationPolicy</name>
    <message>
        <source>Customer message on order %1</source>
        <translation>Customer message on order %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unread message(s).</source>
        <translation>
            <numerusform>%1: %n unread message.</numerusform>
            <numerusform>%1: %n unread messages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>Message from %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s).</source>
        <translation>
            <numerusform>%n unread message.</numerusform>
            <numerusform>%n unread messages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has taken this ticket yet.</source>
        <translation>Nobody has taken this ticket yet.</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::AdminPrompts</name>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>%1

Why? The reason is kept in the audit log.</source>
        <translation>%1

Why? The reason is kept in the audit log.</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::AdminWindow</name>
    <message>
        <source>p2pdesk — administration</source>
        <translation>p2pdesk — administration</translation>
    </message>
    <message>
        <source>&amp;Operators</source>
        <translation>&amp;Operators</translation>
    </message>
    <message>
        <source>&amp;Checklists</source>
        <translation>&amp;Checklists</translation>
    </message>
    <message>
        <source>R&amp;ates</source>
        <translation>R&amp;ates</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Loading failed</source>
        <translation>Loading failed</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>The change was not made</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Canned &amp;replies</source>
        <translation>Canned &amp;replies</translation>
    </message>
    <message>
        <source>S&amp;upport</source>
        <translation>S&amp;upport</translation>
    </message>
    <message>
        <source>&amp;Limits</source>
        <translation>&amp;Limits</translation>
    </message>
    <message>
        <source>&amp;Wallets</source>
        <translation>&amp;Wallets</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Se&amp;ttings</translation>
    </message>
    <message>
        <source>&amp;Feature flags</source>
        <translation>&amp;Feature flags</translation>
    </message>
    <message>
        <source>Au&amp;dit log</source>
        <translation>Au&amp;dit log</translation>
    </message>
    <message>
        <source>&amp;Banks</source>
        <translation>&amp;Banks</translation>
    </message>
    <message>
        <source>Reser&amp;ves</source>
        <translation>Reser&amp;ves</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::AnnotationModel</name>
    <message>
        <source>(no note)</source>
        <translation>(no note)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::AppController</name>
    <message>
        <source>Order taken.</source>
        <translation>Order taken.</translation>
    </message>
    <message>
        <source>%1 %2 %3 (%4) for %5</source>
        <translation>%1 %2 %3 (%4) for %5</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Sell</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Buy</translation>
    </message>
    <message>
        <source>Enter the server as host:port or https://host:port.</source>
        <translation>Enter the server as host:port or https://host:port.</translation>
    </message>
    <message>
        <source>The new language applies when the workstation is started again.</source>
        <translation>The new language applies when the workstation is started again.</translation>
    </message>
    <message>
        <source>Your session has ended: %1 Please log in again.</source>
        <translation>Your session has ended: %1 Please log in again.</translation>
    </message>
    <message>
        <source>On duty not changed: %1</source>
        <translation>On duty not changed: %1</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::ApprovalsInbox</name>
    <message>
        <source>Approvals inbox</source>
        <translation>Approvals inbox</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approve…</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Reject…</translation>
    </message>
    <message>
        <source>&amp;Open card</source>
        <translation>&amp;Open card</translation>
    </message>
    <message>
        <source>Order #%1 approved.</source>
        <translation>Order #%1 approved.</translation>
    </message>
    <message>
        <source>Order #%1 rejected.</source>
        <translation>Order #%1 rejected.</translation>
    </message>
    <message>
        <source>No payout waits for your approval.</source>
        <translation>No payout waits for your approval.</translation>
    </message>
    <message>
        <source>Approve payout of order %1</source>
        <translation>Approve payout of order %1</translation>
    </message>
    <message>
        <source>Reject payout of order %1</source>
        <translation>Reject payout of order %1</translation>
    </message>
    <message>
        <source>Why? Your decision is bound to the order as you see it now.</source>
        <translation>Why? Your decision is bound to the order as you see it now.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::AssignTicketDialog</name>
    <message>
        <source>Assign ticket</source>
        <translation>Assign ticket</translation>
    </message>
    <message>
        <source>Why this operator (required)</source>
        <translation>Why this operator (required)</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Operator:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>No other operator is known to this workstation yet: operators appear here once they hold an order in the queue.</source>
        <translation>No other operator is known to this workstation yet: operators appear here once they hold an order in the queue.</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::AttachmentViewer</name>
    <message>
        <source>Save file</source>
        <translation>Save file</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>+ or wheel</source>
        <translation>+ or wheel</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>− or wheel</source>
        <translation>− or wheel</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
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
        <translation>Rotate left</translation>
    </message>
    <message>
        <source>Shift+R</source>
        <translation>Shift+R</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>Rotate right</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>Save the file (Ctrl+S)</source>
        <translation>Save the file (Ctrl+S)</translation>
    </message>
    <message>
        <source>This image declares %1 × %2 pixels, more than the viewer opens. It was not decoded: a file like this is broken or made to exhaust memory. Save it only to hand it to a senior.</source>
        <translation>This image declares %1 × %2 pixels, more than the viewer opens. It was not decoded: a file like this is broken or made to exhaust memory. Save it only to hand it to a senior.</translation>
    </message>
    <message>
        <source>This file is not an image the viewer can show. Save it to open it elsewhere.</source>
        <translation>This file is not an image the viewer can show. Save it to open it elsewhere.</translation>
    </message>
    <message>
        <source>%1 × %2 px. Wheel or +/− to zoom, drag to move, R to rotate.</source>
        <translation>%1 × %2 px. Wheel or +/− to zoom, drag to move, R to rotate.</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>Could not save the file: %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::AuditLogModel</name>
    <message>
        <source>Logged in</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Login refused</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Logged out</translation>
    </message>
    <message>
        <source>Operator created</source>
        <translation>Operator created</translation>
    </message>
    <message>
        <source>Operator deactivated</source>
        <translation>Operator deactivated</translation>
    </message>
    <message>
        <source>On duty changed</source>
        <translation>On duty changed</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>Two-factor reset</source>
        <translation>Two-factor reset</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>Roles changed</translation>
    </message>
    <message>
        <source>Order created</source>
        <translation>Order created</translation>
    </message>
    <message>
        <source>Order taken</source>
        <translation>Order taken</translation>
    </message>
    <message>
        <source>Order released</source>
        <translation>Order released</translation>
    </message>
    <message>
        <source>Payment instructions sent</source>
        <translation>Payment instructions sent</translation>
    </message>
    <message>
        <source>Marked as sent</source>
        <translation>Marked as sent</translation>
    </message>
    <message>
        <source>Proof attached</source>
        <translation>Proof attached</translation>
    </message>
    <message>
        <source>Proof rejected</source>
        <translation>Proof rejected</translation>
    </message>
    <message>
        <source>Payment verified</source>
        <translation>Payment verified</translation>
    </message>
    <message>
        <source>Payout started</source>
        <translation>Payout started</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Paid out</translation>
    </message>
    <message>
        <source>Order completed</source>
        <translation>Order completed</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>Order cancelled</translation>
    </message>
    <message>
        <source>Dispute opened</source>
        <translation>Dispute opened</translation>
    </message>
    <message>
        <source>Dispute resolved</source>
        <translation>Dispute resolved</translation>
    </message>
    <message>
        <source>Order sent back</source>
        <translation>Order sent back</translation>
    </message>
    <message>
        <source>Order status changed</source>
        <translation>Order status changed</translation>
    </message>
    <message>
        <source>Payout approved</source>
        <translation>Payout approved</translation>
    </message>
    <message>
        <source>Payout approval refused</source>
        <translation>Payout approval refused</translation>
    </message>
    <message>
        <source>Checklist item ticked</source>
        <translation>Checklist item ticked</translation>
    </message>
    <message>
        <source>Payout details viewed</source>
        <translation>Payout details viewed</translation>
    </message>
    <message>
        <source>New rate offered</source>
        <translation>New rate offered</translation>
    </message>
    <message>
        <source>New rate accepted</source>
        <translation>New rate accepted</translation>
    </message>
    <message>
        <source>Old rate kept</source>
        <translation>Old rate kept</translation>
    </message>
    <message>
        <source>Risk flag raised</source>
        <translation>Risk flag raised</translation>
    </message>
    <message>
        <source>Risk flag cleared</source>
        <translation>Risk flag cleared</translation>
    </message>
    <message>
        <source>Proof added</source>
        <translation>Proof added</translation>
    </message>
    <message>
        <source>Proof marked up</source>
        <translation>Proof marked up</translation>
    </message>
    <message>
        <source>Rate changed</source>
        <translation>Rate changed</translation>
    </message>
    <message>
        <source>Wallet added</source>
        <translation>Wallet added</translation>
    </message>
    <message>
        <source>Wallet activated</source>
        <translation>Wallet activated</translation>
    </message>
    <message>
        <source>Wallet deactivated</source>
        <translation>Wallet deactivated</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Settings changed</translation>
    </message>
    <message>
        <source>Checklist changed</source>
        <translation>Checklist changed</translation>
    </message>
    <message>
        <source>Limit set</source>
        <translation>Limit set</translation>
    </message>
    <message>
        <source>Feature flag switched</source>
        <translation>Feature flag switched</translation>
    </message>
    <message>
        <source>Canned reply added</source>
        <translation>Canned reply added</translation>
    </message>
    <message>
        <source>Canned reply changed</source>
        <translation>Canned reply changed</translation>
    </message>
    <message>
        <source>Customer blocked</source>
        <translation>Customer blocked</translation>
    </message>
    <message>
        <source>Customer unblocked</source>
        <translation>Customer unblocked</translation>
    </message>
    <message>
        <source>Ticket assigned</source>
        <translation>Ticket assigned</translation>
    </message>
    <message>
        <source>Ticket priority changed</source>
        <translation>Ticket priority changed</translation>
    </message>
    <message>
        <source>Ticket closed</source>
        <translation>Ticket closed</translation>
    </message>
    <message>
        <source>Ticket reopened</source>
        <translation>Ticket reopened</translation>
    </message>
    <message>
        <source>Ticket read</source>
        <translation>Ticket read</translation>
    </message>
    <message>
        <source>Reply sent</source>
        <translation>Reply sent</translation>
    </message>
    <message>
        <source>Private note added</source>
        <translation>Private note added</translation>
    </message>
    <message>
        <source>Customer wrote</source>
        <translation>Customer wrote</translation>
    </message>
    <message>
        <source>Customer edited a message</source>
        <translation>Customer edited a message</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Canned reply</source>
        <translation>Canned reply</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Proof</translation>
    </message>
    <message>
        <source>Proof mark-up</source>
        <translation>Proof mark-up</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Risk flag</source>
        <translation>Risk flag</translation>
    </message>
    <message>
        <source>Feature flag</source>
        <translation>Feature flag</translation>
    </message>
    <message>
        <source>Payout account</source>
        <translation>Payout account</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Switched on</source>
        <translation>Switched on</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>On duty</translation>
    </message>
    <message>
        <source>Final rate</source>
        <translation>Final rate</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Customer #%1</source>
        <translation>Customer #%1</translation>
    </message>
    <message>
        <source>Operator #%1</source>
        <translation>Operator #%1</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(created: there was no earlier value)</source>
        <translation>(created: there was no earlier value)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Concerning</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::AuditLogPage</name>
    <message>
        <source>Logins and logouts</source>
        <translation>Logins and logouts</translation>
    </message>
    <message>
        <source>Refused logins</source>
        <translation>Refused logins</translation>
    </message>
    <message>
        <source>Anything on orders</source>
        <translation>Anything on orders</translation>
    </message>
    <message>
        <source>Orders taken</source>
        <translation>Orders taken</translation>
    </message>
    <message>
        <source>Orders cancelled</source>
        <translation>Orders cancelled</translation>
    </message>
    <message>
        <source>Payouts approved</source>
        <translation>Payouts approved</translation>
    </message>
    <message>
        <source>Payout details viewed</source>
        <translation>Payout details viewed</translation>
    </message>
    <message>
        <source>Operator accounts</source>
        <translation>Operator accounts</translation>
    </message>
    <message>
        <source>Customers blocked or unblocked</source>
        <translation>Customers blocked or unblocked</translation>
    </message>
    <message>
        <source>Feature flags switched</source>
        <translation>Feature flags switched</translation>
    </message>
    <message>
        <source>Limits set</source>
        <translation>Limits set</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Settings changed</translation>
    </message>
    <message>
        <source>Rates changed</source>
        <translation>Rates changed</translation>
    </message>
    <message>
        <source>Wallets</source>
        <translation>Wallets</translation>
    </message>
    <message>
        <source>&amp;Verify the chain now</source>
        <translation>&amp;Verify the chain now</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>Fro&amp;m</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>Anything</source>
        <translation>Anything</translation>
    </message>
    <message>
        <source>number or key</source>
        <translation>number or key</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Any action</translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>Verifying the chain…</translation>
    </message>
    <message>
        <source>Loading the audit log failed: %1</source>
        <translation>Loading the audit log failed: %1</translation>
    </message>
    <message>
        <source>The chain could not be verified: %1</source>
        <translation>The chain could not be verified: %1</translation>
    </message>
    <message>
        <source>Loading the operators failed: %1</source>
        <translation>Loading the operators failed: %1</translation>
    </message>
    <message>
        <source>W&amp;ho</source>
        <translation>W&amp;ho</translation>
    </message>
    <message>
        <source>Act&amp;ion</source>
        <translation>Act&amp;ion</translation>
    </message>
    <message>
        <source>Conc&amp;erning</source>
        <translation>Conc&amp;erning</translation>
    </message>
    <message>
        <source>Chain verified intact up to entry %1 at %2.</source>
        <translation>Chain verified intact up to entry %1 at %2.</translation>
    </message>
    <message>
        <source>The chain has not been verified yet.</source>
        <translation>The chain has not been verified yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) waiting to be sealed (normal for a few seconds).</source>
        <translation>
            <numerusform>%n entry waiting to be sealed (normal for a few seconds).</numerusform>
            <numerusform>%n entries waiting to be sealed (normal for a few seconds).</numerusform>
        </translation>
    </message>
    <message>
        <source>THE AUDIT LOG HAS BEEN TAMPERED WITH: the hash chain breaks at entry %1. Entries were changed, removed or reordered in the database. Keep the database as it is and investigate before trusting this log.</source>
        <translation>THE AUDIT LOG HAS BEEN TAMPERED WITH: the hash chain breaks at entry %1. Entries were changed, removed or reordered in the database. Keep the database as it is and investigate before trusting this log.</translation>
    </message>
    <message>
        <source>Chain broken at entry %1; intact up to entry %2 (checked %3).</source>
        <translation>Chain broken at entry %1; intact up to entry %2 (checked %3).</translation>
    </message>
    <message>
        <source>Nothing in the audit log matches these filters.</source>
        <translation>Nothing in the audit log matches these filters.</translation>
    </message>
    <message>
        <source>Select an entry to see its details.</source>
        <translation>Select an entry to see its details.</translation>
    </message>
    <message>
        <source>(not sealed yet)</source>
        <translation>(not sealed yet)</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Concerning</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>none given</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP address</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::BankDialog</name>
    <message>
        <source>Customers may name this bank for payouts</source>
        <translation>Customers may name this bank for payouts</translation>
    </message>
    <message>
        <source>Edit bank %1</source>
        <translation>Edit bank %1</translation>
    </message>
    <message>
        <source>New bank</source>
        <translation>New bank</translation>
    </message>
    <message>
        <source>e.g. SBER — capitals, digits and _</source>
        <translation>e.g. SBER — capitals, digits and _</translation>
    </message>
    <message>
        <source>as customers know it, e.g. Sberbank</source>
        <translation>as customers know it, e.g. Sberbank</translation>
    </message>
    <message>
        <source>two letters, e.g. RU; may stay empty</source>
        <translation>two letters, e.g. RU; may stay empty</translation>
    </message>
    <message>
        <source>why — kept in the audit log</source>
        <translation>why — kept in the audit log</translation>
    </message>
    <message>
        <source>The code never changes: payout accounts refer to it.</source>
        <translation>The code never changes: payout accounts refer to it.</translation>
    </message>
    <message>
        <source>The currency never changes: make another bank for another currency.</source>
        <translation>The currency never changes: make another bank for another currency.</translation>
    </message>
    <message>
        <source>A new bank is active; switch it off later with Deactivate.</source>
        <translation>A new bank is active; switch it off later with Deactivate.</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>C&amp;ountry:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>C&amp;urrency:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>R&amp;eason:</translation>
    </message>
    <message>
        <source>Enter the bank&apos;s code, e.g. SBER.</source>
        <translation>Enter the bank&apos;s code, e.g. SBER.</translation>
    </message>
    <message>
        <source>The code has 2 to 32 characters: Latin capitals, digits and “_”.</source>
        <translation>The code has 2 to 32 characters: Latin capitals, digits and “_”.</translation>
    </message>
    <message>
        <source>Another bank already has the code %1.</source>
        <translation>Another bank already has the code %1.</translation>
    </message>
    <message>
        <source>Enter the bank&apos;s name as customers know it.</source>
        <translation>Enter the bank&apos;s name as customers know it.</translation>
    </message>
    <message>
        <source>“%1” is not a country code: use two letters of ISO 3166, e.g. RU, KZ, TR — or leave it empty.</source>
        <translation>“%1” is not a country code: use two letters of ISO 3166, e.g. RU, KZ, TR — or leave it empty.</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>Nothing has changed yet.</translation>
    </message>
    <message>
        <source>Say why: the reason goes to the audit log.</source>
        <translation>Say why: the reason goes to the audit log.</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::BankListModel</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Customers may name this bank for payouts in %1.</source>
        <translation>Customers may name this bank for payouts in %1.</translation>
    </message>
    <message>
        <source>Switched off: no new payout account may name this bank.</source>
        <translation>Switched off: no new payout account may name this bank.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::BanksPage</name>
    <message>
        <source>&amp;New bank…</source>
        <translation>&amp;New bank…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deactivate…</translation>
    </message>
    <message>
        <source>Bank added: %1 (%2). Customers may name it for payouts in %2.</source>
        <translation>Bank added: %1 (%2). Customers may name it for payouts in %2.</translation>
    </message>
    <message>
        <source>Bank saved: %1 (%2).</source>
        <translation>Bank saved: %1 (%2).</translation>
    </message>
    <message>
        <source>Bank saved: %1 (%2) is switched off; no new payout account may name it.</source>
        <translation>Bank saved: %1 (%2) is switched off; no new payout account may name it.</translation>
    </message>
    <message>
        <source>No bank yet. Customers&apos; payout accounts may name a bank only once it is here, active and of the order&apos;s currency.</source>
        <translation>No bank yet. Customers&apos; payout accounts may name a bank only once it is here, active and of the order&apos;s currency.</translation>
    </message>
    <message>
        <source>Customers&apos; payout accounts may name only an active bank of the order&apos;s currency. Select a bank to edit it or switch it off.</source>
        <translation>Customers&apos; payout accounts may name only an active bank of the order&apos;s currency. Select a bank to edit it or switch it off.</translation>
    </message>
    <message>
        <source>Acti&amp;vate…</source>
        <translation>Acti&amp;vate…</translation>
    </message>
    <message>
        <source>%1 (%2), pays out in %3.</source>
        <translation>%1 (%2), pays out in %3.</translation>
    </message>
    <message>
        <source>%1 (%2), %3, pays out in %4.</source>
        <translation>%1 (%2), %3, pays out in %4.</translation>
    </message>
    <message>
        <source>Active: customers may name it for new payouts.</source>
        <translation>Active: customers may name it for new payouts.</translation>
    </message>
    <message>
        <source>Switched off: no new payout account may name it; accounts that name it keep it.</source>
        <translation>Switched off: no new payout account may name it; accounts that name it keep it.</translation>
    </message>
    <message>
        <source>Deactivate the bank %1</source>
        <translation>Deactivate the bank %1</translation>
    </message>
    <message>
        <source>Activate the bank %1</source>
        <translation>Activate the bank %1</translation>
    </message>
    <message>
        <source>Loading the banks failed: %1</source>
        <translation>Loading the banks failed: %1</translation>
    </message>
    <message>
        <source>Another bank already has this code. Choose another code.</source>
        <translation>Another bank already has this code. Choose another code.</translation>
    </message>
    <message>
        <source>Nothing to save: the bank is like that already. The list has been reloaded.</source>
        <translation>Nothing to save: the bank is like that already. The list has been reloaded.</translation>
    </message>
    <message>
        <source>Another admin changed this bank meanwhile. The list has been reloaded: check the bank and make your change again.</source>
        <translation>Another admin changed this bank meanwhile. The list has been reloaded: check the bank and make your change again.</translation>
    </message>
    <message>
        <source>This bank no longer exists on the server. The list has been reloaded.</source>
        <translation>This bank no longer exists on the server. The list has been reloaded.</translation>
    </message>
    <message>
        <source>The server did not accept the code: 2 to 32 Latin capitals, digits and “_”.</source>
        <translation>The server did not accept the code: 2 to 32 Latin capitals, digits and “_”.</translation>
    </message>
    <message>
        <source>The server did not accept the name: one line of at most 200 characters.</source>
        <translation>The server did not accept the name: one line of at most 200 characters.</translation>
    </message>
    <message>
        <source>The server did not accept the country: two letters of ISO 3166, e.g. RU, or nothing.</source>
        <translation>The server did not accept the country: two letters of ISO 3166, e.g. RU, or nothing.</translation>
    </message>
    <message>
        <source>The server does not know this currency.</source>
        <translation>The server does not know this currency.</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Not saved. %1</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::CannedRepliesPage</name>
    <message>
        <source>&amp;New reply</source>
        <translation>&amp;New reply</translation>
    </message>
    <message>
        <source>Ac&amp;tive (operators can use it)</source>
        <translation>Ac&amp;tive (operators can use it)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <source>&amp;Save reply…</source>
        <translation>&amp;Save reply…</translation>
    </message>
    <message>
        <source>e.g. rate-final</source>
        <translation>e.g. rate-final</translation>
    </message>
    <message>
        <source>Operators type /shortcut in the chat. Lowercase Latin letters, digits, - and _.</source>
        <translation>Operators type /shortcut in the chat. Lowercase Latin letters, digits, - and _.</translation>
    </message>
    <message>
        <source>What the reply is for, e.g. “Final rate of the order”</source>
        <translation>What the reply is for, e.g. “Final rate of the order”</translation>
    </message>
    <message>
        <source>Text for the customer; &lt;b&gt;bold&lt;/b&gt;, &lt;i&gt;italic&lt;/i&gt; and {variables} allowed</source>
        <translation>Text for the customer; &lt;b&gt;bold&lt;/b&gt;, &lt;i&gt;italic&lt;/i&gt; and {variables} allowed</translation>
    </message>
    <message>
        <source>Inserts a variable where the cursor is in the text you edited last</source>
        <translation>Inserts a variable where the cursor is in the text you edited last</translation>
    </message>
    <message>
        <source>Insert variable…</source>
        <translation>Insert variable…</translation>
    </message>
    <message>
        <source>Canned reply /%1 saved.</source>
        <translation>Canned reply /%1 saved.</translation>
    </message>
    <message>
        <source>S&amp;hortcut:</source>
        <translation>S&amp;hortcut:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itle:</translation>
    </message>
    <message>
        <source>Russian te&amp;xt:</source>
        <translation>Russian te&amp;xt:</translation>
    </message>
    <message>
        <source>&amp;English text:</source>
        <translation>&amp;English text:</translation>
    </message>
    <message>
        <source>Preview with sample values:</source>
        <translation>Preview with sample values:</translation>
    </message>
    <message>
        <source>New reply</source>
        <translation>New reply</translation>
    </message>
    <message>
        <source>Editing /%1</source>
        <translation>Editing /%1</translation>
    </message>
    <message>
        <source>The canned replies are still loading.</source>
        <translation>The canned replies are still loading.</translation>
    </message>
    <message>
        <source>Enter a shortcut.</source>
        <translation>Enter a shortcut.</translation>
    </message>
    <message>
        <source>The shortcut may hold only lowercase Latin letters, digits, “-” and “_”.</source>
        <translation>The shortcut may hold only lowercase Latin letters, digits, “-” and “_”.</translation>
    </message>
    <message>
        <source>Write the text in at least one language.</source>
        <translation>Write the text in at least one language.</translation>
    </message>
    <message numerus="yes">
        <source>The Russian text uses %n unknown variable(s): %1.</source>
        <translation>
            <numerusform>The Russian text uses an unknown variable: %1.</numerusform>
            <numerusform>The Russian text uses %n unknown variables: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The English text uses %n unknown variable(s): %1.</source>
        <translation>
            <numerusform>The English text uses an unknown variable: %1.</numerusform>
            <numerusform>The English text uses %n unknown variables: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use only the variables of “Insert variable”, or remove the braces.</source>
        <translation>Use only the variables of “Insert variable”, or remove the braces.</translation>
    </message>
    <message>
        <source>Change the canned reply /%1</source>
        <translation>Change the canned reply /%1</translation>
    </message>
    <message>
        <source>Create the canned reply /%1</source>
        <translation>Create the canned reply /%1</translation>
    </message>
    <message>
        <source>Another reply already uses the shortcut /%1. Choose another one.</source>
        <translation>Another reply already uses the shortcut /%1. Choose another one.</translation>
    </message>
    <message>
        <source>Someone else changed this reply meanwhile. The list has been reloaded: check it and make your change again.</source>
        <translation>Someone else changed this reply meanwhile. The list has been reloaded: check it and make your change again.</translation>
    </message>
    <message>
        <source>The server did not accept the Russian text: check its variables.</source>
        <translation>The server did not accept the Russian text: check its variables.</translation>
    </message>
    <message>
        <source>The server did not accept the English text: check its variables.</source>
        <translation>The server did not accept the English text: check its variables.</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Not saved. %1</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::CannedReplyListModel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
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
        <translation>Private note — not sent</translation>
    </message>
    <message>
        <source>Edited by the customer. First written: %1</source>
        <translation>Edited by the customer. First written: %1</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::ChatPane</name>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Customer %1</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>Customer&apos;s name</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Order code</source>
        <translation>Order code</translation>
    </message>
    <message>
        <source>Final rate</source>
        <translation>Final rate</translation>
    </message>
    <message>
        <source>Fiat amount</source>
        <translation>Fiat amount</translation>
    </message>
    <message>
        <source>Crypto amount</source>
        <translation>Crypto amount</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Fiat currency</source>
        <translation>Fiat currency</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Order status</translation>
    </message>
    <message>
        <source>Deposit address</source>
        <translation>Deposit address</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>Save file</translation>
    </message>
    <message>
        <source>The chat could not be read: %1</source>
        <translation>The chat could not be read: %1</translation>
    </message>
    <message>
        <source>The bot signs every message to this customer with this word. Someone who claims to be the customer elsewhere (a call, another chat) must know it.</source>
        <translation>The bot signs every message to this customer with this word. Someone who claims to be the customer elsewhere (a call, another chat) must know it.</translation>
    </message>
    <message>
        <source>Telegram cannot reach this customer: they blocked the bot or deleted the chat. Replies are not delivered; private notes still work.</source>
        <translation>Telegram cannot reach this customer: they blocked the bot or deleted the chat. Replies are not delivered; private notes still work.</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Assign to me</translation>
    </message>
    <message>
        <source>Take this ticket: it shows as yours in the support inbox</source>
        <translation>Take this ticket: it shows as yours in the support inbox</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Urgent tickets come first in the support inbox</source>
        <translation>Urgent tickets come first in the support inbox</translation>
    </message>
    <message>
        <source>Reopen ticket</source>
        <translation>Reopen ticket</translation>
    </message>
    <message>
        <source>Why is the ticket reopened?</source>
        <translation>Why is the ticket reopened?</translation>
    </message>
    <message>
        <source>Close ticket</source>
        <translation>Close ticket</translation>
    </message>
    <message>
        <source>Why is the ticket closed (e.g. answered, resolved by phone)?</source>
        <translation>Why is the ticket closed (e.g. answered, resolved by phone)?</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Assign to another operator…</source>
        <translation>Assign to another operator…</translation>
    </message>
    <message>
        <source>Unassign…</source>
        <translation>Unassign…</translation>
    </message>
    <message>
        <source>Unassign ticket</source>
        <translation>Unassign ticket</translation>
    </message>
    <message>
        <source>Why does the ticket go back to the desk?</source>
        <translation>Why does the ticket go back to the desk?</translation>
    </message>
    <message>
        <source>Edit as text</source>
        <translation>Edit as text</translation>
    </message>
    <message>
        <source>Put the rendered words into the composer to change them before sending</source>
        <translation>Put the rendered words into the composer to change them before sending</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Private note</translation>
    </message>
    <message>
        <source>Write a note for the desk only; it is never sent to the customer (Ctrl+Shift+I)</source>
        <translation>Write a note for the desk only; it is never sent to the customer (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Private note — only the desk sees it; it is never sent to the customer.</source>
        <translation>Private note — only the desk sees it; it is never sent to the customer.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>&lt;b&gt;No messages yet&lt;/b&gt;</source>
        <translation>&lt;b&gt;No messages yet&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chat&lt;/b&gt;</source>
        <translation>&lt;b&gt;Chat&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The customer has not written about this order yet.</source>
        <translation>The customer has not written about this order yet.</translation>
    </message>
    <message>
        <source>Loading the chat…</source>
        <translation>Loading the chat…</translation>
    </message>
    <message>
        <source>The chat is not available offline.</source>
        <translation>The chat is not available offline.</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <source>No messages yet.

The chat of this order starts with the customer&apos;s first message in the bot; the desk can answer here from then on.</source>
        <translation>No messages yet.

The chat of this order starts with the customer&apos;s first message in the bot; the desk can answer here from then on.</translation>
    </message>
    <message>
        <source>writes in %1</source>
        <translation>writes in %1</translation>
    </message>
    <message>
        <source>Verification word: %1</source>
        <translation>Verification word: %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgent</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>not assigned</translation>
    </message>
    <message>
        <source>assigned to you</source>
        <translation>assigned to you</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>assigned to %1</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>order %1</translation>
    </message>
    <message>
        <source>general question (no order)</source>
        <translation>general question (no order)</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>Canned reply /%1 (%2)</source>
        <translation>Canned reply /%1 (%2)</translation>
    </message>
    <message>
        <source>Canned reply</source>
        <translation>Canned reply</translation>
    </message>
    <message>
        <source>Canned reply /%1 — %2</source>
        <translation>Canned reply /%1 — %2</translation>
    </message>
    <message>
        <source>Rendering the preview…</source>
        <translation>Rendering the preview…</translation>
    </message>
    <message>
        <source>/%1 — %2</source>
        <translation>/%1 — %2</translation>
    </message>
    <message>
        <source>Canned reply /%1 — %2. The customer gets it in %3:</source>
        <translation>Canned reply /%1 — %2. The customer gets it in %3:</translation>
    </message>
    <message>
        <source>This reply needs what the ticket does not have yet: %1. Fill it in below.</source>
        <translation>This reply needs what the ticket does not have yet: %1. Fill it in below.</translation>
    </message>
    <message>
        <source>This reply uses words the server does not know (%1). Ask the admin to fix it; it cannot be sent.</source>
        <translation>This reply uses words the server does not know (%1). Ask the admin to fix it; it cannot be sent.</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>No preview: %1</translation>
    </message>
    <message>
        <source>Private note for the desk (never sent to the customer). Ctrl+Enter adds it.</source>
        <translation>Private note for the desk (never sent to the customer). Ctrl+Enter adds it.</translation>
    </message>
    <message>
        <source>Reply to the customer. Ctrl+Enter sends; type / for canned replies.</source>
        <translation>Reply to the customer. Ctrl+Enter sends; type / for canned replies.</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Offline: sending is paused. Your draft is kept; send it when the connection returns.</source>
        <translation>Offline: sending is paused. Your draft is kept; send it when the connection returns.</translation>
    </message>
    <message>
        <source>Nothing to answer yet: the desk can write here once the customer has written about this order.</source>
        <translation>Nothing to answer yet: the desk can write here once the customer has written about this order.</translation>
    </message>
    <message>
        <source>Waiting for the server to confirm the last message…</source>
        <translation>Waiting for the server to confirm the last message…</translation>
    </message>
    <message>
        <source>%1 characters; at most %2 can be sent.</source>
        <translation>%1 characters; at most %2 can be sent.</translation>
    </message>
    <message>
        <source>This canned reply cannot be sent.</source>
        <translation>This canned reply cannot be sent.</translation>
    </message>
    <message>
        <source>The customer cannot be reached; a reply will not be delivered.</source>
        <translation>The customer cannot be reached; a reply will not be delivered.</translation>
    </message>
    <message>
        <source>The message was not sent: %1 It is back in the composer.</source>
        <translation>The message was not sent: %1 It is back in the composer.</translation>
    </message>
    <message>
        <source>The ticket was not assigned: %1</source>
        <translation>The ticket was not assigned: %1</translation>
    </message>
    <message>
        <source>The priority was not changed: %1</source>
        <translation>The priority was not changed: %1</translation>
    </message>
    <message>
        <source>The ticket was not closed: %1</source>
        <translation>The ticket was not closed: %1</translation>
    </message>
    <message>
        <source>The ticket was not reopened: %1</source>
        <translation>The ticket was not reopened: %1</translation>
    </message>
    <message>
        <source>The file could not be downloaded: %1</source>
        <translation>The file could not be downloaded: %1</translation>
    </message>
    <message>
        <source>Files are downloaded from the server; open it again when the connection returns.</source>
        <translation>Files are downloaded from the server; open it again when the connection returns.</translation>
    </message>
    <message>
        <source>Downloading the file…</source>
        <translation>Downloading the file…</translation>
    </message>
    <message>
        <source>The file that arrived is not the file the server recorded (SHA-256 mismatch). It was not opened; tell a senior.</source>
        <translation>The file that arrived is not the file the server recorded (SHA-256 mismatch). It was not opened; tell a senior.</translation>
    </message>
    <message>
        <source>Photo from %1</source>
        <translation>Photo from %1</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>The file could not be saved: %1</translation>
    </message>
    <message>
        <source>Saved to %1. &lt;a href=&quot;%2&quot;&gt;Open it&lt;/a&gt;</source>
        <translation>Saved to %1. &lt;a href=&quot;%2&quot;&gt;Open it&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::ChecklistEditModel</name>
    <message>
        <source>saved #%1</source>
        <translation>saved #%1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
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
        <translation>Item</translation>
    </message>
    <message>
        <source>Ticked by</source>
        <translation>Ticked by</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::ChecklistsPage</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <source>Verify payment (gates “payment verified”)</source>
        <translation>Verify payment (gates “payment verified”)</translation>
    </message>
    <message>
        <source>Payout (gates “paid out”)</source>
        <translation>Payout (gates “paid out”)</translation>
    </message>
    <message>
        <source>New item, e.g. “Amount received matches the order”</source>
        <translation>New item, e.g. “Amount received matches the order”</translation>
    </message>
    <message>
        <source>Checklist saved.</source>
        <translation>Checklist saved.</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Checklist:</translation>
    </message>
    <message>
        <source>Change the checklist “%1”</source>
        <translation>Change the checklist “%1”</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::CreateOrderDialog</name>
    <message>
        <source>Create order for this customer</source>
        <translation>Create order for this customer</translation>
    </message>
    <message>
        <source>%1 (Telegram id %2)</source>
        <translation>%1 (Telegram id %2)</translation>
    </message>
    <message>
        <source>The customer sells crypto (the desk pays out money)</source>
        <translation>The customer sells crypto (the desk pays out money)</translation>
    </message>
    <message>
        <source>The customer buys crypto (the desk sends crypto)</source>
        <translation>The customer buys crypto (the desk sends crypto)</translation>
    </message>
    <message>
        <source>e.g. 250.00</source>
        <translation>e.g. 250.00</translation>
    </message>
    <message>
        <source>Create order</source>
        <translation>Create order</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Direction:</translation>
    </message>
    <message>
        <source>Pair:</source>
        <translation>Pair:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Amount:</translation>
    </message>
    <message>
        <source>The server prices the order at the desk&apos;s current rate and checks it against the risk limits, as for an order from the bot.</source>
        <translation>The server prices the order at the desk&apos;s current rate and checks it against the risk limits, as for an order from the bot.</translation>
    </message>
    <message>
        <source>The desk&apos;s rates could not be read: %1</source>
        <translation>The desk&apos;s rates could not be read: %1</translation>
    </message>
    <message>
        <source>The order was not created: %1</source>
        <translation>The order was not created: %1</translation>
    </message>
    <message>
        <source>%1 (%2) for %3, rate %4</source>
        <translation>%1 (%2) for %3, rate %4</translation>
    </message>
    <message>
        <source>Where the desk pays the customer (card or account number):</source>
        <translation>Where the desk pays the customer (card or account number):</translation>
    </message>
    <message>
        <source>The customer&apos;s wallet address for the crypto:</source>
        <translation>The customer&apos;s wallet address for the crypto:</translation>
    </message>
    <message>
        <source>Choose a pair the desk quotes.</source>
        <translation>Choose a pair the desk quotes.</translation>
    </message>
    <message>
        <source>Enter the amount as a number.</source>
        <translation>Enter the amount as a number.</translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation>Bank:</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Not named</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::CustomerDirectoryDialog</name>
    <message>
        <source>Show &amp;more</source>
        <translation>Show &amp;more</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Telegram ID, @username, name, order code, payout account or its last four digits</source>
        <translation>Telegram ID, @username, name, order code, payout account or its last four digits</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>All customers</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <source>Not blocked</source>
        <translation>Not blocked</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>The desk knows no customer yet.</source>
        <translation>The desk knows no customer yet.</translation>
    </message>
    <message>
        <source>No customer found for “%1”.</source>
        <translation>No customer found for “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) shown</source>
        <translation>
            <numerusform>%n customer shown</numerusform>
            <numerusform>%n customers shown</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; more are found — “Show more” lists them.</source>
        <translation>%1; more are found — “Show more” lists them.</translation>
    </message>
    <message>
        <source>The customers could not be listed: %1</source>
        <translation>The customers could not be listed: %1</translation>
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
        <translation>Order code</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Payout account</source>
        <translation>Payout account</translation>
    </message>
    <message>
        <source>Blocked by %1: %2</source>
        <translation>Blocked by %1: %2</translation>
    </message>
    <message>
        <source>Uncleared risk flags on the customer or their open orders</source>
        <translation>Uncleared risk flags on the customer or their open orders</translation>
    </message>
    <message>
        <source>Double-click to open the customer&apos;s profile</source>
        <translation>Double-click to open the customer&apos;s profile</translation>
    </message>
    <message>
        <source>no orders</source>
        <translation>no orders</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <source>Unreachable in Telegram</source>
        <translation>Unreachable in Telegram</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Last order</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Found by</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Level %1</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::CustomerNotesModel</name>
    <message>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::CustomerOrdersModel</name>
    <message>
        <source>A risk flag holds this order until a senior clears it.</source>
        <translation>A risk flag holds this order until a senior clears it.</translation>
    </message>
    <message>
        <source>Double-click to open the order</source>
        <translation>Double-click to open the order</translation>
    </message>
    <message>
        <source>%1, on hold</source>
        <translation>%1, on hold</translation>
    </message>
    <message>
        <source>Sells %1</source>
        <translation>Sells %1</translation>
    </message>
    <message>
        <source>Buys %1</source>
        <translation>Buys %1</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::CustomerProfileDialog</name>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Risk flags</source>
        <translation>Risk flags</translation>
    </message>
    <message>
        <source>Payout accounts</source>
        <translation>Payout accounts</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Double-click a flag to open its order</source>
        <translation>Double-click a flag to open its order</translation>
    </message>
    <message>
        <source>The customer is blocked. Their open orders are held until a senior clears the flag on each.</source>
        <translation>The customer is blocked. Their open orders are held until a senior clears the flag on each.</translation>
    </message>
    <message>
        <source>The customer is unblocked. Holds on their orders stay until a senior clears them.</source>
        <translation>The customer is unblocked. Holds on their orders stay until a senior clears them.</translation>
    </message>
    <message>
        <source>Loading the customer…</source>
        <translation>Loading the customer…</translation>
    </message>
    <message>
        <source>Customer — %1</source>
        <translation>Customer — %1</translation>
    </message>
    <message>
        <source>Telegram ID %1 · speaks %2 · known since %3</source>
        <translation>Telegram ID %1 · speaks %2 · known since %3</translation>
    </message>
    <message>
        <source>Telegram does not deliver to this customer (they blocked the bot or left Telegram): messages to them are not received.</source>
        <translation>Telegram does not deliver to this customer (they blocked the bot or left Telegram): messages to them are not received.</translation>
    </message>
    <message>
        <source>Blocked by %1 at %2.</source>
        <translation>Blocked by %1 at %2.</translation>
    </message>
    <message>
        <source>Blocked.</source>
        <translation>Blocked.</translation>
    </message>
    <message>
        <source>%1 The bot takes no new order from this customer. Reason: %2</source>
        <translation>%1 The bot takes no new order from this customer. Reason: %2</translation>
    </message>
    <message>
        <source>Orders (%1)</source>
        <translation>Orders (%1)</translation>
    </message>
    <message>
        <source>Risk flags (%1, %2 open)</source>
        <translation>Risk flags (%1, %2 open)</translation>
    </message>
    <message>
        <source>Risk flags (%1)</source>
        <translation>Risk flags (%1)</translation>
    </message>
    <message>
        <source>Payout accounts (%1)</source>
        <translation>Payout accounts (%1)</translation>
    </message>
    <message>
        <source>Tickets (%1)</source>
        <translation>Tickets (%1)</translation>
    </message>
    <message>
        <source>&amp;Unblock…</source>
        <translation>&amp;Unblock…</translation>
    </message>
    <message>
        <source>&amp;Block…</source>
        <translation>&amp;Block…</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>Block %1</translation>
    </message>
    <message>
        <source>Unblock %1</source>
        <translation>Unblock %1</translation>
    </message>
    <message>
        <source>The bot will take no new order from this customer, and each of their open orders will be held until a senior clears it.

Why? The reason is kept in the audit log.</source>
        <translation>The bot will take no new order from this customer, and each of their open orders will be held until a senior clears it.

Why? The reason is kept in the audit log.</translation>
    </message>
    <message>
        <source>The bot will take orders from this customer again. Holds on their orders stay until a senior clears them.

Why? The reason is kept in the audit log.</source>
        <translation>The bot will take orders from this customer again. Holds on their orders stay until a senior clears them.

Why? The reason is kept in the audit log.</translation>
    </message>
    <message>
        <source>Blocking…</source>
        <translation>Blocking…</translation>
    </message>
    <message>
        <source>Unblocking…</source>
        <translation>Unblocking…</translation>
    </message>
    <message>
        <source>This customer is not known to the server.</source>
        <translation>This customer is not known to the server.</translation>
    </message>
    <message>
        <source>The profile could not be loaded: %1</source>
        <translation>The profile could not be loaded: %1</translation>
    </message>
    <message>
        <source>Someone else blocked this customer meanwhile. The profile has been refreshed.</source>
        <translation>Someone else blocked this customer meanwhile. The profile has been refreshed.</translation>
    </message>
    <message>
        <source>Someone else unblocked this customer meanwhile. The profile has been refreshed.</source>
        <translation>Someone else unblocked this customer meanwhile. The profile has been refreshed.</translation>
    </message>
    <message>
        <source>The customer was not blocked: %1</source>
        <translation>The customer was not blocked: %1</translation>
    </message>
    <message>
        <source>The customer was not unblocked: %1</source>
        <translation>The customer was not unblocked: %1</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>Add &amp;note…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>The note is saved with your name.</source>
        <translation>The note is saved with your name.</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Notes (%1)</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Note on %1</translation>
    </message>
    <message>
        <source>What should whoever serves this customer next know? The note is kept with your name and cannot be changed later; a correction is a new note.</source>
        <translation>What should whoever serves this customer next know? The note is kept with your name and cannot be changed later; a correction is a new note.</translation>
    </message>
    <message>
        <source>The note (Ctrl+Enter to save)</source>
        <translation>The note (Ctrl+Enter to save)</translation>
    </message>
    <message>
        <source>Saving the note…</source>
        <translation>Saving the note…</translation>
    </message>
    <message>
        <source>The note was not saved: %1</source>
        <translation>The note was not saved: %1</translation>
    </message>
    <message>
        <source>&amp;Reveal requisites…</source>
        <translation>&amp;Reveal requisites…</translation>
    </message>
    <message>
        <source>Shows the selected account in full. Needs a reason; the audit log keeps who read it.</source>
        <translation>Shows the selected account in full. Needs a reason; the audit log keeps who read it.</translation>
    </message>
    <message>
        <source>Reveal %1 of %2</source>
        <translation>Reveal %1 of %2</translation>
    </message>
    <message>
        <source>The full requisites are shown to you in this window only. Why do you need them? The reason and your name are kept in the audit log.</source>
        <translation>The full requisites are shown to you in this window only. Why do you need them? The reason and your name are kept in the audit log.</translation>
    </message>
    <message>
        <source>Reading the requisites…</source>
        <translation>Reading the requisites…</translation>
    </message>
    <message>
        <source>%1 in full: %2</source>
        <translation>%1 in full: %2</translation>
    </message>
    <message>
        <source>Revealed to you; the read is in the audit log.</source>
        <translation>Revealed to you; the read is in the audit log.</translation>
    </message>
    <message>
        <source>The requisites were not revealed: %1</source>
        <translation>The requisites were not revealed: %1</translation>
    </message>
    <message>
        <source>&amp;Verification level…</source>
        <translation>&amp;Verification level…</translation>
    </message>
    <message>
        <source>Raises or lowers how far the desk has verified this customer; each level has its own 30-day limit. Needs a reason.</source>
        <translation>Raises or lowers how far the desk has verified this customer; each level has its own 30-day limit. Needs a reason.</translation>
    </message>
    <message>
        <source>The verification level is now “%1”. Its 30-day limit applies from the customer&apos;s next order.</source>
        <translation>The verification level is now “%1”. Its 30-day limit applies from the customer&apos;s next order.</translation>
    </message>
    <message>
        <source>Verification: %1.</source>
        <translation>Verification: %1.</translation>
    </message>
    <message>
        <source>Set by %1 at %2: %3</source>
        <translation>Set by %1 at %2: %3</translation>
    </message>
    <message>
        <source>Verification level of %1</source>
        <translation>Verification level of %1</translation>
    </message>
    <message>
        <source>Now: %1. Each level has its own 30-day limit per currency (set on the limits screen); the new one applies from the customer&apos;s next order.

Why? Say what you checked; the reason is kept in the audit log.</source>
        <translation>Now: %1. Each level has its own 30-day limit per currency (set on the limits screen); the new one applies from the customer&apos;s next order.

Why? Say what you checked; the reason is kept in the audit log.</translation>
    </message>
    <message>
        <source>New &amp;level:</source>
        <translation>New &amp;level:</translation>
    </message>
    <message>
        <source>Changing the verification level…</source>
        <translation>Changing the verification level…</translation>
    </message>
    <message>
        <source>Someone else changed this customer&apos;s verification level meanwhile. The profile has been refreshed.</source>
        <translation>Someone else changed this customer&apos;s verification level meanwhile. The profile has been refreshed.</translation>
    </message>
    <message>
        <source>The verification level was not changed: %1</source>
        <translation>The verification level was not changed: %1</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::CustomerRiskFlagModel</name>
    <message>
        <source>the customer</source>
        <translation>the customer</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>by %1 at %2</source>
        <translation>by %1 at %2</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observed</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Cleared</translation>
    </message>
    <message>
        <source>Why cleared</source>
        <translation>Why cleared</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::CustomerTicketsModel</name>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>General questions</source>
        <translation>General questions</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Customer&apos;s last message</source>
        <translation>Customer&apos;s last message</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Unread</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::DeskSettingsPage</name>
    <message>
        <source>Take new Telegram orders only while an operator is on duty</source>
        <translation>Take new Telegram orders only while an operator is on duty</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <source>Payouts a senior approves</source>
        <translation>Payouts a senior approves</translation>
    </message>
    <message>
        <source>every payout</source>
        <translation>every payout</translation>
    </message>
    <message>
        <source>%1 from:</source>
        <translation>%1 from:</translation>
    </message>
    <message>
        <source>A payout of this amount or more waits for a senior&apos;s approval. Left empty, every payout in that currency does.</source>
        <translation>A payout of this amount or more waits for a senior&apos;s approval. Left empty, every payout in that currency does.</translation>
    </message>
    <message>
        <source>How long an order may stay</source>
        <translation>How long an order may stay</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>no deadline</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>Paid out, completes by itself after:</source>
        <translation>Paid out, completes by itself after:</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>Past half the time the order is marked as running late; past all of it, as overdue. 0 minutes: no deadline.</source>
        <translation>Past half the time the order is marked as running late; past all of it, as overdue. 0 minutes: no deadline.</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Rates</translation>
    </message>
    <message>
        <source>A take needs a reason beyond:</source>
        <translation>A take needs a reason beyond:</translation>
    </message>
    <message>
        <source>percent from the suggested rate</source>
        <translation>percent from the suggested rate</translation>
    </message>
    <message>
        <source>Only a senior may take beyond:</source>
        <translation>Only a senior may take beyond:</translation>
    </message>
    <message>
        <source>Stop quoting when the base rate is older than:</source>
        <translation>Stop quoting when the base rate is older than:</translation>
    </message>
    <message>
        <source>Re-quote when the rate moves more than:</source>
        <translation>Re-quote when the rate moves more than:</translation>
    </message>
    <message>
        <source>percent (0: the quote lock decides)</source>
        <translation>percent (0: the quote lock decides)</translation>
    </message>
    <message>
        <source>A confirmed quote holds for:</source>
        <translation>A confirmed quote holds for:</translation>
    </message>
    <message>
        <source>Telegram desk</source>
        <translation>Telegram desk</translation>
    </message>
    <message>
        <source>A customer may send at most:</source>
        <translation>A customer may send at most:</translation>
    </message>
    <message>
        <source>messages a minute</source>
        <translation>messages a minute</translation>
    </message>
    <message>
        <source>Ticket answer times and ops chat alerts are on the Support page.</source>
        <translation>Ticket answer times and ops chat alerts are on the Support page.</translation>
    </message>
    <message>
        <source>Desk settings saved.</source>
        <translation>Desk settings saved.</translation>
    </message>
    <message>
        <source>The desk settings were changed elsewhere; your unsaved edits are kept, the rest shows the new values.</source>
        <translation>The desk settings were changed elsewhere; your unsaved edits are kept, the rest shows the new values.</translation>
    </message>
    <message>
        <source>The settings have not loaded yet.</source>
        <translation>The settings have not loaded yet.</translation>
    </message>
    <message numerus="yes">
        <source>The %1 approval amount must be a number of zero or more with at most %n decimal place(s), like 300000.</source>
        <translation>
            <numerusform>The %1 approval amount must be a number of zero or more with at most %n decimal place(s), like 300000.</numerusform>
            <numerusform>The %1 approval amount must be a number of zero or more with at most %n decimal place(s), like 300000.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be a percentage from 0 to 100 with at most 4 decimal places.</source>
        <translation>%1 must be a percentage from 0 to 100 with at most 4 decimal places.</translation>
    </message>
    <message>
        <source>The deviation that needs a reason</source>
        <translation>The deviation that needs a reason</translation>
    </message>
    <message>
        <source>The deviation only a senior may take</source>
        <translation>The deviation only a senior may take</translation>
    </message>
    <message>
        <source>The deviation only a senior may take cannot be below the one that needs a reason.</source>
        <translation>The deviation only a senior may take cannot be below the one that needs a reason.</translation>
    </message>
    <message>
        <source>The re-quote move</source>
        <translation>The re-quote move</translation>
    </message>
    <message>
        <source>Change the desk settings</source>
        <translation>Change the desk settings</translation>
    </message>
    <message>
        <source>Take new Telegram orders only within the opening hours</source>
        <translation>Take new Telegram orders only within the opening hours</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>The desk&apos;s clock:</source>
        <translation>The desk&apos;s clock:</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Outside the hours the bot tells customers when the desk opens. Type 09:00-21:00; past midnight 22:00-06:00; all day 00:00-24:00; empty: closed. Where the clocks change in summer, change the desk&apos;s clock with them.</source>
        <translation>Outside the hours the bot tells customers when the desk opens. Type 09:00-21:00; past midnight 22:00-06:00; all day 00:00-24:00; empty: closed. Where the clocks change in summer, change the desk&apos;s clock with them.</translation>
    </message>
    <message>
        <source>%1&apos;s hours must look like 09:00-21:00 (past midnight 22:00-06:00, all day 00:00-24:00).</source>
        <translation>%1&apos;s hours must look like 09:00-21:00 (past midnight 22:00-06:00, all day 00:00-24:00).</translation>
    </message>
    <message>
        <source>With the opening hours on, at least one day needs hours.</source>
        <translation>With the opening hours on, at least one day needs hours.</translation>
    </message>
    <message>
        <source>Hold a feed value for a senior beyond:</source>
        <translation>Hold a feed value for a senior beyond:</translation>
    </message>
    <message>
        <source>percent from the base rate</source>
        <translation>percent from the base rate</translation>
    </message>
    <message>
        <source>The feed jump a senior confirms</source>
        <translation>The feed jump a senior confirms</translation>
    </message>
    <message>
        <source>The feed jump a senior confirms must be above 0: at 0 every feed value would wait for a senior.</source>
        <translation>The feed jump a senior confirms must be above 0: at 0 every feed value would wait for a senior.</translation>
    </message>
    <message>
        <source>Sender screening (AML)</source>
        <translation>Sender screening (AML)</translation>
    </message>
    <message>
        <source>Hold an order when the sender&apos;s risk score is above:</source>
        <translation>Hold an order when the sender&apos;s risk score is above:</translation>
    </message>
    <message>
        <source>of 100</source>
        <translation>of 100</translation>
    </message>
    <message>
        <source>A sell whose crypto came from an address scored higher waits for a senior. 100 holds none.</source>
        <translation>A sell whose crypto came from an address scored higher waits for a senior. 100 holds none.</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::EnrolmentDialog</name>
    <message>
        <source>&amp;Check code</source>
        <translation>&amp;Check code</translation>
    </message>
    <message>
        <source>Two-factor enrolment for %1</source>
        <translation>Two-factor enrolment for %1</translation>
    </message>
    <message>
        <source>Let %1 scan this code with an authenticator app (or type the secret). It is shown only now; closing this window forgets it.</source>
        <translation>Let %1 scan this code with an authenticator app (or type the secret). It is shown only now; closing this window forgets it.</translation>
    </message>
    <message>
        <source>The QR code could not be made; use the secret below.</source>
        <translation>The QR code could not be made; use the secret below.</translation>
    </message>
    <message>
        <source>(the URI could not be read)</source>
        <translation>(the URI could not be read)</translation>
    </message>
    <message>
        <source>Code from the app</source>
        <translation>Code from the app</translation>
    </message>
    <message>
        <source>Ask for the first code to make sure the app was set up correctly. The server confirms the enrolment when %1 first logs in with a code.</source>
        <translation>Ask for the first code to make sure the app was set up correctly. The server confirms the enrolment when %1 first logs in with a code.</translation>
    </message>
    <message>
        <source>URI:</source>
        <translation>URI:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Secret:</translation>
    </message>
    <message>
        <source>First &amp;code:</source>
        <translation>First &amp;code:</translation>
    </message>
    <message>
        <source>✔ The code matches: the app is set up. The enrolment is confirmed on the first login.</source>
        <translation>✔ The code matches: the app is set up. The enrolment is confirmed on the first login.</translation>
    </message>
    <message>
        <source>✘ This code does not match. Check the phone&apos;s clock and scan again.</source>
        <translation>✘ This code does not match. Check the phone&apos;s clock and scan again.</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::FeatureFlagModel</name>
    <message>
        <source>New exchanges in Telegram</source>
        <translation>New exchanges in Telegram</translation>
    </message>
    <message>
        <source>New orders</source>
        <translation>New orders</translation>
    </message>
    <message>
        <source>Reference rate feed</source>
        <translation>Reference rate feed</translation>
    </message>
    <message>
        <source>Public rates export</source>
        <translation>Public rates export</translation>
    </message>
    <message>
        <source>On-chain hints</source>
        <translation>On-chain hints</translation>
    </message>
    <message>
        <source>Other switch</source>
        <translation>Other switch</translation>
    </message>
    <message>
        <source>The Telegram bot starts new exchanges. Off: the bot politely refuses a new exchange; customers with orders under way still send proofs, cancel and write to the desk as usual.</source>
        <translation>The Telegram bot starts new exchanges. Off: the bot politely refuses a new exchange; customers with orders under way still send proofs, cancel and write to the desk as usual.</translation>
    </message>
    <message>
        <source>New orders are accepted, from the bot and entered by operators. Off: both are refused; open orders are worked as usual.</source>
        <translation>New orders are accepted, from the bot and entered by operators. Off: both are refused; open orders are worked as usual.</translation>
    </message>
    <message>
        <source>On (no effect yet)</source>
        <translation>On (no effect yet)</translation>
    </message>
    <message>
        <source>Off (no effect yet)</source>
        <translation>Off (no effect yet)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Never changed (default)</source>
        <translation>Never changed (default)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Switch</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>Rates that follow the reference feed take their base from it (syncd polls the provider it is configured with). Off: no polls; those rates keep their last value and go stale, which stops quoting.</source>
        <translation>Rates that follow the reference feed take their base from it (syncd polls the provider it is configured with). Off: no polls; those rates keep their last value and go stale, which stops quoting.</translation>
    </message>
    <message>
        <source>The public rates export for rate aggregators (/export/rates.xml) is served: the current rates with what is left of the reserves. Off: the address shows nothing.</source>
        <translation>The public rates export for rate aggregators (/export/rates.xml) is served: the current rates with what is left of the reserves. Off: the address shows nothing.</translation>
    </message>
    <message>
        <source>Beside a transaction proof, the network&apos;s block explorer is asked what the transaction moved and whether that matches the order. A hint for the operator, never a verification.</source>
        <translation>Beside a transaction proof, the network&apos;s block explorer is asked what the transaction moved and whether that matches the order. A hint for the operator, never a verification.</translation>
    </message>
    <message>
        <source>Reserves from wallet balances</source>
        <translation>Reserves from wallet balances</translation>
    </message>
    <message>
        <source>Crypto reserves are recounted every few minutes from the balances of the desk&apos;s active hot wallets, read from the network&apos;s block explorer. A reserve without a hot wallet or an explorer keeps its hand count.</source>
        <translation>Crypto reserves are recounted every few minutes from the balances of the desk&apos;s active hot wallets, read from the network&apos;s block explorer. A reserve without a hot wallet or an explorer keeps its hand count.</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::FeatureFlagsPage</name>
    <message>
        <source>&amp;Switch on…</source>
        <translation>&amp;Switch on…</translation>
    </message>
    <message>
        <source>Switched on: %1.</source>
        <translation>Switched on: %1.</translation>
    </message>
    <message>
        <source>Switched off: %1.</source>
        <translation>Switched off: %1.</translation>
    </message>
    <message>
        <source>Loading the feature flags failed: %1</source>
        <translation>Loading the feature flags failed: %1</translation>
    </message>
    <message>
        <source>The switch was not changed: %1</source>
        <translation>The switch was not changed: %1</translation>
    </message>
    <message>
        <source>Select a switch to see what it does.</source>
        <translation>Select a switch to see what it does.</translation>
    </message>
    <message>
        <source>&amp;Switch off…</source>
        <translation>&amp;Switch off…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Switch on: %1</source>
        <translation>Switch on: %1</translation>
    </message>
    <message>
        <source>Switch off: %1</source>
        <translation>Switch off: %1</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::LimitEditDialog</name>
    <message>
        <source>Every currency</source>
        <translation>Every currency</translation>
    </message>
    <message>
        <source>Acti&amp;ve (when off, the rule&apos;s default applies)</source>
        <translation>Acti&amp;ve (when off, the rule&apos;s default applies)</translation>
    </message>
    <message>
        <source>Risk limit</source>
        <translation>Risk limit</translation>
    </message>
    <message>
        <source>why — kept in the audit log</source>
        <translation>why — kept in the audit log</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>&amp;Rule:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Currency:</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>&amp;Threshold:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>R&amp;eason:</translation>
    </message>
    <message>
        <source>at most, more fires</source>
        <translation>at most, more fires</translation>
    </message>
    <message>
        <source>× the customer&apos;s median</source>
        <translation>× the customer&apos;s median</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>Choose a rule.</source>
        <translation>Choose a rule.</translation>
    </message>
    <message>
        <source>The threshold must be a number of zero or more, like %1.</source>
        <translation>The threshold must be a number of zero or more, like %1.</translation>
    </message>
    <message>
        <source>The threshold must be a whole number.</source>
        <translation>The threshold must be a whole number.</translation>
    </message>
    <message numerus="yes">
        <source>The threshold takes at most %n decimal place(s).</source>
        <translation>
            <numerusform>The threshold takes at most %n decimal place.</numerusform>
            <numerusform>The threshold takes at most %n decimal places.</numerusform>
        </translation>
    </message>
    <message>
        <source>The threshold is too large.</source>
        <translation>The threshold is too large.</translation>
    </message>
    <message>
        <source>Say why: the reason goes to the audit log.</source>
        <translation>Say why: the reason goes to the audit log.</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::LimitsPage</name>
    <message>
        <source>&amp;New limit…</source>
        <translation>&amp;New limit…</translation>
    </message>
    <message>
        <source>&amp;Edit limit…</source>
        <translation>&amp;Edit limit…</translation>
    </message>
    <message>
        <source>Limit saved: %1.</source>
        <translation>Limit saved: %1.</translation>
    </message>
    <message>
        <source>Limit switched off: %1; its default applies.</source>
        <translation>Limit switched off: %1; its default applies.</translation>
    </message>
    <message>
        <source>No limit is set: every rule runs with its default, and the rules that are off by default stay off. Amount rules need a limit per currency.</source>
        <translation>No limit is set: every rule runs with its default, and the rules that are off by default stay off. Amount rules need a limit per currency.</translation>
    </message>
    <message>
        <source>Select a limit to see what its rule watches.</source>
        <translation>Select a limit to see what its rule watches.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The rules have not loaded yet; try again in a moment.</source>
        <translation>The rules have not loaded yet; try again in a moment.</translation>
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
    <message>
        <source>host:port</source>
        <translation>host:port</translation>
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
        <translation>
            <numerusform>%n order shown</numerusform>
            <numerusform>%n orders shown</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Approvals inbox…</source>
        <translation>&amp;Approvals inbox…</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>&amp;Admin</translation>
    </message>
    <message>
        <source>&amp;Administration…</source>
        <translation>&amp;Administration…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Open the selected order</source>
        <translation>Open the selected order</translation>
    </message>
    <message>
        <source>Enter</source>
        <comment>key</comment>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Approvals inbox: approve the selected payout</source>
        <translation>Approvals inbox: approve the selected payout</translation>
    </message>
    <message>
        <source>Approvals inbox: reject the selected payout</source>
        <translation>Approvals inbox: reject the selected payout</translation>
    </message>
    <message>
        <source>Close the approvals inbox</source>
        <translation>Close the approvals inbox</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>queue tab: title (orders in it)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>No ticket waits for your answer.</source>
        <translation>No ticket waits for your answer.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) wait for an answer from you or from anyone.</source>
        <translation>
            <numerusform>%n ticket waits for an answer from you or from anyone.</numerusform>
            <numerusform>%n tickets wait for an answer from you or from anyone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue.</source>
        <translation>
            <numerusform>%n overdue.</numerusform>
            <numerusform>%n overdue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Support: open the selected ticket</source>
        <translation>Support: open the selected ticket</translation>
    </message>
    <message>
        <source>Support: assign the selected ticket to me</source>
        <translation>Support: assign the selected ticket to me</translation>
    </message>
    <message>
        <source>Order card or chat window: the customer&apos;s profile</source>
        <translation>Order card or chat window: the customer&apos;s profile</translation>
    </message>
    <message>
        <source>Support: the selected ticket&apos;s customer profile</source>
        <translation>Support: the selected ticket&apos;s customer profile</translation>
    </message>
    <message>
        <source>On d&amp;uty</source>
        <translation>On d&amp;uty</translation>
    </message>
    <message>
        <source>While at least one operator is on duty, the Telegram bot takes new orders.</source>
        <translation>While at least one operator is on duty, the Telegram bot takes new orders.</translation>
    </message>
    <message>
        <source>Nobody on duty</source>
        <translation>Nobody on duty</translation>
    </message>
    <message>
        <source>Nobody on duty: the bot takes no new orders</source>
        <translation>Nobody on duty: the bot takes no new orders</translation>
    </message>
    <message>
        <source>The desk does not require an operator on duty; the bot takes new orders.</source>
        <translation>The desk does not require an operator on duty; the bot takes new orders.</translation>
    </message>
    <message>
        <source>The Telegram bot takes no new orders until an operator goes on duty (Desk → On duty).</source>
        <translation>The Telegram bot takes no new orders until an operator goes on duty (Desk → On duty).</translation>
    </message>
    <message>
        <source>On duty: %1</source>
        <translation>On duty: %1</translation>
    </message>
    <message>
        <source>The Telegram bot takes new orders while someone is on duty.</source>
        <translation>The Telegram bot takes new orders while someone is on duty.</translation>
    </message>
    <message>
        <source>Closed by the opening hours</source>
        <translation>Closed by the opening hours</translation>
    </message>
    <message>
        <source>Closed until %1</source>
        <translation>Closed until %1</translation>
    </message>
    <message>
        <source>Outside the desk&apos;s opening hours the Telegram bot takes no new orders and tells customers when the desk opens.</source>
        <translation>Outside the desk&apos;s opening hours the Telegram bot takes no new orders and tells customers when the desk opens.</translation>
    </message>
    <message>
        <source>&amp;Customers…</source>
        <translation>&amp;Customers…</translation>
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
    <name>p2pdesk::workstation::OperatorFormDialog</name>
    <message>
        <source>&amp;Operator</source>
        <translation>&amp;Operator</translation>
    </message>
    <message>
        <source>&amp;Senior (approvals, disputes)</source>
        <translation>&amp;Senior (approvals, disputes)</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>&amp;Admin</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generate</translation>
    </message>
    <message>
        <source>A random 16-character password, shown so it can be handed over (Alt+G)</source>
        <translation>A random 16-character password, shown so it can be handed over (Alt+G)</translation>
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
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>New operator</source>
        <translation>New operator</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Enter a username.</source>
        <translation>Enter a username.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>The password needs at least %n character.</numerusform>
            <numerusform>The password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Choose at least one role.</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::OperatorListModel</name>
    <message>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <source>senior</source>
        <translation>senior</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>awaiting first login</source>
        <translation>awaiting first login</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>2FA</source>
        <translation>2FA</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Locked until</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::OperatorsPage</name>
    <message>
        <source>&amp;New operator…</source>
        <translation>&amp;New operator…</translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation>&amp;Roles…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deactivate…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <source>Reset &amp;2FA…</source>
        <translation>Reset &amp;2FA…</translation>
    </message>
    <message>
        <source>Operator %1 updated.</source>
        <translation>Operator %1 updated.</translation>
    </message>
    <message>
        <source>Operator %1 created.</source>
        <translation>Operator %1 created.</translation>
    </message>
    <message>
        <source>Two-factor authentication of %1 reset.</source>
        <translation>Two-factor authentication of %1 reset.</translation>
    </message>
    <message>
        <source>Create operator %1</source>
        <translation>Create operator %1</translation>
    </message>
    <message>
        <source>Change the roles of %1</source>
        <translation>Change the roles of %1</translation>
    </message>
    <message>
        <source>Deactivate %1: their sessions end and they can no longer log in</source>
        <translation>Deactivate %1: their sessions end and they can no longer log in</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Reset the password of %1</translation>
    </message>
    <message>
        <source>Reset two-factor authentication of %1: their current app codes stop working</source>
        <translation>Reset two-factor authentication of %1: their current app codes stop working</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::OrderActions</name>
    <message>
        <source>This payout is below the approval threshold.</source>
        <translation>This payout is below the approval threshold.</translation>
    </message>
    <message>
        <source>Already approved for this version.</source>
        <translation>Already approved for this version.</translation>
    </message>
    <message>
        <source>On hold until a senior clears the risk flags.</source>
        <translation>On hold until a senior clears the risk flags.</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Take</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Send deposit address</source>
        <translation>Send deposit address</translation>
    </message>
    <message>
        <source>Mark sent for customer</source>
        <translation>Mark sent for customer</translation>
    </message>
    <message>
        <source>Reject proof</source>
        <translation>Reject proof</translation>
    </message>
    <message>
        <source>Verify payment</source>
        <translation>Verify payment</translation>
    </message>
    <message>
        <source>Start payout</source>
        <translation>Start payout</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>Mark paid</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Cancel order</translation>
    </message>
    <message>
        <source>Open dispute</source>
        <translation>Open dispute</translation>
    </message>
    <message>
        <source>Resolve: resume</source>
        <translation>Resolve: resume</translation>
    </message>
    <message>
        <source>Resolve: complete</source>
        <translation>Resolve: complete</translation>
    </message>
    <message>
        <source>Resolve: cancel</source>
        <translation>Resolve: cancel</translation>
    </message>
    <message>
        <source>Approve payout</source>
        <translation>Approve payout</translation>
    </message>
    <message>
        <source>Reject payout</source>
        <translation>Reject payout</translation>
    </message>
    <message>
        <source>The final rate must be fixed.</source>
        <translation>The final rate must be fixed.</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>A reason is required.</translation>
    </message>
    <message>
        <source>No active hot wallet for this asset and network.</source>
        <translation>No active hot wallet for this asset and network.</translation>
    </message>
    <message>
        <source>No proof of payment is attached.</source>
        <translation>No proof of payment is attached.</translation>
    </message>
    <message>
        <source>Tick every item of the verify checklist.</source>
        <translation>Tick every item of the verify checklist.</translation>
    </message>
    <message>
        <source>Above the approval threshold: another senior must approve first.</source>
        <translation>Above the approval threshold: another senior must approve first.</translation>
    </message>
    <message>
        <source>Tick every item of the payout checklist.</source>
        <translation>Tick every item of the payout checklist.</translation>
    </message>
    <message>
        <source>The payout reference is required.</source>
        <translation>The payout reference is required.</translation>
    </message>
    <message>
        <source>The final rate is beyond the hard deviation limit: only a senior may take it.</source>
        <translation>The final rate is beyond the hard deviation limit: only a senior may take it.</translation>
    </message>
    <message>
        <source>The order does not allow it now.</source>
        <translation>The order does not allow it now.</translation>
    </message>
    <message>
        <source>The customer paid after the rate stopped holding: re-quote and wait for the customer to accept.</source>
        <translation>The customer paid after the rate stopped holding: re-quote and wait for the customer to accept.</translation>
    </message>
    <message>
        <source>Re-quote</source>
        <translation>Re-quote</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::OrderCardWidget</name>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>&amp;Clear flag…</source>
        <translation>&amp;Clear flag…</translation>
    </message>
    <message>
        <source>&amp;Open proof</source>
        <translation>&amp;Open proof</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Direction:</translation>
    </message>
    <message>
        <source>Amounts:</source>
        <translation>Amounts:</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Rate:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <source>Deposit wallet:</source>
        <translation>Deposit wallet:</translation>
    </message>
    <message>
        <source>Requisites:</source>
        <translation>Requisites:</translation>
    </message>
    <message>
        <source>Payout reference:</source>
        <translation>Payout reference:</translation>
    </message>
    <message>
        <source>Approval:</source>
        <translation>Approval:</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>Senior</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Proof</translation>
    </message>
    <message>
        <source>Uploaded by</source>
        <translation>Uploaded by</translation>
    </message>
    <message>
        <source>Loading order…</source>
        <translation>Loading order…</translation>
    </message>
    <message>
        <source>Order %1 — %2</source>
        <translation>Order %1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2) → %3</source>
        <translation>%1 (%2) → %3</translation>
    </message>
    <message>
        <source>Customer sells %1</source>
        <translation>Customer sells %1</translation>
    </message>
    <message>
        <source>Customer buys %1</source>
        <translation>Customer buys %1</translation>
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
        <translation>not assigned yet</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>txid</source>
        <translation>txid</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message numerus="yes">
        <source>%n previous order(s): %1 completed (%2), %3 cancelled, %4 in dispute.</source>
        <translation>
            <numerusform>%n previous order: %1 completed (%2), %3 cancelled, %4 in dispute.</numerusform>
            <numerusform>%n previous orders: %1 completed (%2), %3 cancelled, %4 in dispute.</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing paid out</source>
        <translation>nothing paid out</translation>
    </message>
    <message>
        <source>Not yours to do in this state.</source>
        <translation>Not yours to do in this state.</translation>
    </message>
    <message>
        <source>&amp;Verify checklist: %1 of %2</source>
        <translation>&amp;Verify checklist: %1 of %2</translation>
    </message>
    <message>
        <source>Pa&amp;yout checklist: %1 of %2</source>
        <translation>Pa&amp;yout checklist: %1 of %2</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Sell</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Buy</translation>
    </message>
    <message>
        <source>%1 — order %2</source>
        <translation>%1 — order %2</translation>
    </message>
    <message>
        <source>Why? The reason is recorded in the order&apos;s history and the audit log.</source>
        <translation>Why? The reason is recorded in the order&apos;s history and the audit log.</translation>
    </message>
    <message>
        <source>Why is this flag no concern? The reason is recorded in the audit log.</source>
        <translation>Why is this flag no concern? The reason is recorded in the audit log.</translation>
    </message>
    <message>
        <source>The order is yours, but “%1” did not follow: %2 Do it from the card when it is possible.</source>
        <translation>The order is yours, but “%1” did not follow: %2 Do it from the card when it is possible.</translation>
    </message>
    <message>
        <source>&amp;Attach proof…</source>
        <translation>&amp;Attach proof…</translation>
    </message>
    <message>
        <source>Add t&amp;xid…</source>
        <translation>Add t&amp;xid…</translation>
    </message>
    <message>
        <source>Paste proof image</source>
        <translation>Paste proof image</translation>
    </message>
    <message>
        <source>The clipboard holds no image or file to attach.</source>
        <translation>The clipboard holds no image or file to attach.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <source>Drop a file here or paste an image (Ctrl+V) to attach it.</source>
        <translation>Drop a file here or paste an image (Ctrl+V) to attach it.</translation>
    </message>
    <message>
        <source>Proofs</source>
        <translation>Proofs</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Order not loaded</source>
        <translation>Order not loaded</translation>
    </message>
    <message>
        <source>Version %1 of the order</source>
        <translation>Version %1 of the order</translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 per %2</translation>
    </message>
    <message>
        <source>%1 %2 (suggested %3)</source>
        <translation>%1 %2 (suggested %3)</translation>
    </message>
    <message>
        <source>%1 %2 (suggested)</source>
        <translation>%1 %2 (suggested)</translation>
    </message>
    <message>
        <source>Held by %1</source>
        <translation>Held by %1</translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>Not taken</translation>
    </message>
    <message>
        <source>Masked: only the holder or a senior sees them in full.</source>
        <translation>Masked: only the holder or a senior sees them in full.</translation>
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
        <translation>Risk (%1)</translation>
    </message>
    <message>
        <source>Proofs (%1)</source>
        <translation>Proofs (%1)</translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation>Deadline %1</translation>
    </message>
    <message>
        <source>Next step: Ctrl+Enter</source>
        <translation>Next step: Ctrl+Enter</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Order closed</source>
        <translation>Order closed</translation>
    </message>
    <message>
        <source>No step for you now</source>
        <translation>No step for you now</translation>
    </message>
    <message>
        <source>Waiting for the customer or another operator.</source>
        <translation>Waiting for the customer or another operator.</translation>
    </message>
    <message>
        <source>Proofs are attached by the holder while the order waits for its payment to be checked (after “Mark sent for customer” if the customer did not press it).</source>
        <translation>Proofs are attached by the holder while the order waits for its payment to be checked (after “Mark sent for customer” if the customer did not press it).</translation>
    </message>
    <message>
        <source>Attach proof (%1)</source>
        <translation>Attach proof (%1)</translation>
    </message>
    <message>
        <source>Add txid (%1)</source>
        <translation>Add txid (%1)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JPEG, PNG, WebP or PDF file.</source>
        <translation>%1 is not a JPEG, PNG, WebP or PDF file.</translation>
    </message>
    <message>
        <source>Attach proof to order %1</source>
        <translation>Attach proof to order %1</translation>
    </message>
    <message>
        <source>Proofs (*.jpg *.jpeg *.png *.webp *.pdf)</source>
        <translation>Proofs (*.jpg *.jpeg *.png *.webp *.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Add txid to order %1</source>
        <translation>Add txid to order %1</translation>
    </message>
    <message>
        <source>Transaction id of the customer&apos;s payment:</source>
        <translation>Transaction id of the customer&apos;s payment:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 %2 (%3) for %4</source>
        <translation>%1 %2 (%3) for %4</translation>
    </message>
    <message>
        <source>Clear risk flag: %1</source>
        <translation>Clear risk flag: %1</translation>
    </message>
    <message>
        <source>Attach proof — order %1</source>
        <translation>Attach proof — order %1</translation>
    </message>
    <message>
        <source>You do not hold this order. Why do you attach a proof to it? The reason is recorded in the audit log.</source>
        <translation>You do not hold this order. Why do you attach a proof to it? The reason is recorded in the audit log.</translation>
    </message>
    <message>
        <source>unknown (the rate is stale)</source>
        <translation>unknown (the rate is stale)</translation>
    </message>
    <message>
        <source>the desk&apos;s rate moved too far</source>
        <translation>the desk&apos;s rate moved too far</translation>
    </message>
    <message>
        <source>the rate held until %1</source>
        <translation>the rate held until %1</translation>
    </message>
    <message>
        <source>New rate %1 offered %2; waiting for the customer to accept it in the bot.</source>
        <translation>New rate %1 offered %2; waiting for the customer to accept it in the bot.</translation>
    </message>
    <message>
        <source>The customer&apos;s quote no longer holds (%1); the desk&apos;s rate now is %2.</source>
        <translation>The customer&apos;s quote no longer holds (%1); the desk&apos;s rate now is %2.</translation>
    </message>
    <message>
        <source>Re-quote due: the customer paid after %1. The desk&apos;s rate now is %2.</source>
        <translation>Re-quote due: the customer paid after %1. The desk&apos;s rate now is %2.</translation>
    </message>
    <message>
        <source>The suggestion below is the desk&apos;s rate now; the customer&apos;s quote was %1.</source>
        <translation>The suggestion below is the desk&apos;s rate now; the customer&apos;s quote was %1.</translation>
    </message>
    <message>
        <source>Customer &amp;profile…</source>
        <translation>Customer &amp;profile…</translation>
    </message>
    <message>
        <source>The customer&apos;s orders, flags, payout accounts and tickets (Ctrl+Shift+U)</source>
        <translation>The customer&apos;s orders, flags, payout accounts and tickets (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation>Bank:</translation>
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
    <message>
        <source>Telegram %1</source>
        <translation>Telegram %1</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::OrderTimelineModel</name>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::PayoutAccountModel</name>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>P2P platform</source>
        <translation>P2P platform</translation>
    </message>
    <message>
        <source>Crypto address</source>
        <translation>Crypto address</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>First used</source>
        <translation>First used</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::PayoutReferenceDialog</name>
    <message>
        <source>Mark order %1 paid</source>
        <translation>Mark order %1 paid</translation>
    </message>
    <message>
        <source>Transfer number from the bank or P2P platform</source>
        <translation>Transfer number from the bank or P2P platform</translation>
    </message>
    <message>
        <source>The customer sees this reference. Check it against the receipt.</source>
        <translation>The customer sees this reference. Check it against the receipt.</translation>
    </message>
    <message>
        <source>Payout &amp;reference:</source>
        <translation>Payout &amp;reference:</translation>
    </message>
    <message>
        <source>&amp;Mark paid</source>
        <translation>&amp;Mark paid</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::ProofImageView</name>
    <message>
        <source>Wheel or +/− zoom, 0 fit, 1 actual size, R/Shift+R rotate, drag or arrows pan; Shift+drag or H then drag marks a highlight, N marks one with the keyboard</source>
        <translation>Wheel or +/− zoom, 0 fit, 1 actual size, R/Shift+R rotate, drag or arrows pan; Shift+drag or H then drag marks a highlight, N marks one with the keyboard</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::ProofViewer</name>
    <message>
        <source>Proof</source>
        <translation>Proof</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>+ or wheel</source>
        <translation>+ or wheel</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>− or wheel</source>
        <translation>− or wheel</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
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
        <translation>Rotate left</translation>
    </message>
    <message>
        <source>Shift+R</source>
        <translation>Shift+R</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>Rotate right</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <source>Draw highlight rectangles with the mouse (H; or Shift+drag at any time)</source>
        <translation>Draw highlight rectangles with the mouse (H; or Shift+drag at any time)</translation>
    </message>
    <message>
        <source>Highlight with keys</source>
        <translation>Highlight with keys</translation>
    </message>
    <message>
        <source>N, then arrows, Shift+arrows, Enter</source>
        <translation>N, then arrows, Shift+arrows, Enter</translation>
    </message>
    <message>
        <source>Open in the system viewer</source>
        <translation>Open in the system viewer</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the transaction id (Ctrl+Shift+C)</source>
        <translation>Copy the transaction id (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Transaction id copied.</source>
        <translation>Transaction id copied.</translation>
    </message>
    <message>
        <source>Open in explorer</source>
        <translation>Open in explorer</translation>
    </message>
    <message>
        <source>Open the transaction in the block explorer (Ctrl+L)</source>
        <translation>Open the transaction in the block explorer (Ctrl+L)</translation>
    </message>
    <message>
        <source>Transaction id:</source>
        <translation>Transaction id:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Uploaded by:</source>
        <translation>Uploaded by:</translation>
    </message>
    <message>
        <source>Uploaded at:</source>
        <translation>Uploaded at:</translation>
    </message>
    <message>
        <source>Size, type:</source>
        <translation>Size, type:</translation>
    </message>
    <message>
        <source>SHA-256 (server):</source>
        <translation>SHA-256 (server):</translation>
    </message>
    <message>
        <source>SHA-256 (received):</source>
        <translation>SHA-256 (received):</translation>
    </message>
    <message>
        <source>Highlights:</source>
        <translation>Highlights:</translation>
    </message>
    <message>
        <source>Note for the marked highlight</source>
        <translation>Note for the marked highlight</translation>
    </message>
    <message>
        <source>Save highlight</source>
        <translation>Save highlight</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Highlight marked: write a note and save it (Enter or Ctrl+S).</source>
        <translation>Highlight marked: write a note and save it (Enter or Ctrl+S).</translation>
    </message>
    <message>
        <source>Proof %1</source>
        <translation>Proof %1</translation>
    </message>
    <message>
        <source>Proof %1 — order %2</source>
        <translation>Proof %1 — order %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Transaction id</source>
        <translation>Transaction id</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>unknown type</translation>
    </message>
    <message>
        <source>Downloading the file…</source>
        <translation>Downloading the file…</translation>
    </message>
    <message>
        <source>No explorer is known for %1 on %2.</source>
        <translation>No explorer is known for %1 on %2.</translation>
    </message>
    <message>
        <source>This is not a valid %1 transaction id: %2</source>
        <translation>This is not a valid %1 transaction id: %2</translation>
    </message>
    <message>
        <source>⚠ SHA-256 MISMATCH: the file received is not the file the server recorded on upload. It may have been altered in storage or on the way. Do not rely on it; tell a senior.</source>
        <translation>⚠ SHA-256 MISMATCH: the file received is not the file the server recorded on upload. It may have been altered in storage or on the way. Do not rely on it; tell a senior.</translation>
    </message>
    <message>
        <source>This image declares %1 × %2 pixels, more than the viewer opens (at most %3 megapixels and %4 px a side). It was not decoded: a file like this is broken or made to exhaust memory. Do not rely on it; ask the customer for a normal screenshot and tell a senior.</source>
        <translation>This image declares %1 × %2 pixels, more than the viewer opens (at most %3 megapixels and %4 px a side). It was not decoded: a file like this is broken or made to exhaust memory. Do not rely on it; ask the customer for a normal screenshot and tell a senior.</translation>
    </message>
    <message>
        <source>PDF document, %1. It opens in the system&apos;s PDF viewer.</source>
        <translation>PDF document, %1. It opens in the system&apos;s PDF viewer.</translation>
    </message>
    <message>
        <source>%1, %2: this file cannot be shown here.</source>
        <translation>%1, %2: this file cannot be shown here.</translation>
    </message>
    <message>
        <source>The file could not be downloaded: %1</source>
        <translation>The file could not be downloaded: %1</translation>
    </message>
    <message>
        <source>Highlight saved; every operator sees it.</source>
        <translation>Highlight saved; every operator sees it.</translation>
    </message>
    <message>
        <source>Highlights: %1</source>
        <translation>Highlights: %1</translation>
    </message>
    <message>
        <source>Saving the highlight…</source>
        <translation>Saving the highlight…</translation>
    </message>
    <message>
        <source>Could not write a temporary copy: %1</source>
        <translation>Could not write a temporary copy: %1</translation>
    </message>
    <message>
        <source>No application is set up to open this file.</source>
        <translation>No application is set up to open this file.</translation>
    </message>
    <message>
        <source>%1 %, %2°</source>
        <translation>%1 %, %2°</translation>
    </message>
    <message>
        <source>Copy the SHA-256 of the received file</source>
        <translation>Copy the SHA-256 of the received file</translation>
    </message>
    <message>
        <source>SHA-256 copied.</source>
        <translation>SHA-256 copied.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>%1
from %2, %3</source>
        <translation>%1
from %2, %3</translation>
    </message>
    <message>
        <source>SHA-256 (server): %1
SHA-256 (received): %2</source>
        <translation>SHA-256 (server): %1
SHA-256 (received): %2</translation>
    </message>
    <message>
        <source>✔ SHA-256 matches: %1</source>
        <translation>✔ SHA-256 matches: %1</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Ask the block explorer again about this transaction</source>
        <translation>Ask the block explorer again about this transaction</translation>
    </message>
    <message>
        <source>Asking the block explorer…</source>
        <translation>Asking the block explorer…</translation>
    </message>
    <message>
        <source>On-chain hint:</source>
        <translation>On-chain hint:</translation>
    </message>
    <message>
        <source>On-chain hints are switched off (Administration → Feature flags).</source>
        <translation>On-chain hints are switched off (Administration → Feature flags).</translation>
    </message>
    <message>
        <source>No block explorer is set up for %1: check the transaction in the explorer by hand.</source>
        <translation>No block explorer is set up for %1: check the transaction in the explorer by hand.</translation>
    </message>
    <message>
        <source>The block explorer does not know this transaction. It may not be broadcast yet, or it is on another network.</source>
        <translation>The block explorer does not know this transaction. It may not be broadcast yet, or it is on another network.</translation>
    </message>
    <message numerus="yes">
        <source>The block explorer could not answer. It asks to wait %n second(s) before the next question.</source>
        <translation>
            <numerusform>The block explorer could not answer. It asks to wait %n second before the next question.</numerusform>
            <numerusform>The block explorer could not answer. It asks to wait %n seconds before the next question.</numerusform>
        </translation>
    </message>
    <message>
        <source>The block explorer could not answer. Try again in a moment.</source>
        <translation>The block explorer could not answer. Try again in a moment.</translation>
    </message>
    <message>
        <source>✘ The transaction failed on the network: it moved nothing.</source>
        <translation>✘ The transaction failed on the network: it moved nothing.</translation>
    </message>
    <message numerus="yes">
        <source>In a block, %n confirmation(s), %1.</source>
        <translation>
            <numerusform>In a block, %n confirmation, %1.</numerusform>
            <numerusform>In a block, %n confirmations, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in a block yet: the network has not confirmed it.</source>
        <translation>Not in a block yet: the network has not confirmed it.</translation>
    </message>
    <message>
        <source>the deposit address</source>
        <translation>the deposit address</translation>
    </message>
    <message>
        <source>the customer&apos;s address</source>
        <translation>the customer&apos;s address</translation>
    </message>
    <message>
        <source>✔ Sent to %1.</source>
        <translation>✔ Sent to %1.</translation>
    </message>
    <message>
        <source>✘ Nothing of this asset reached %1.</source>
        <translation>✘ Nothing of this asset reached %1.</translation>
    </message>
    <message>
        <source>✔ Amount %1: as the order expects.</source>
        <translation>✔ Amount %1: as the order expects.</translation>
    </message>
    <message>
        <source>✘ Amount %1: the order expects %2.</source>
        <translation>✘ Amount %1: the order expects %2.</translation>
    </message>
    <message numerus="yes">
        <source>Other tokens moved in the same transaction: %n (not counted).</source>
        <translation>
            <numerusform>Other tokens moved in the same transaction: %n (not counted).</numerusform>
            <numerusform>Other tokens moved in the same transaction: %n (not counted).</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1, %2. A hint, not a verification: check the wallet before paying out.</source>
        <translation>From %1, %2. A hint, not a verification: check the wallet before paying out.</translation>
    </message>
    <message>
        <source>No on-chain hint: %1</source>
        <translation>No on-chain hint: %1</translation>
    </message>
    <message>
        <source>Sender risk (AML screening):</source>
        <translation>Sender risk (AML screening):</translation>
    </message>
    <message>
        <source>Screen sender…</source>
        <translation>Screen sender…</translation>
    </message>
    <message>
        <source>Sent from: %1.</source>
        <translation>Sent from: %1.</translation>
    </message>
    <message>
        <source>Sent from: %1 and %2.</source>
        <translation>Sent from: %1 and %2.</translation>
    </message>
    <message numerus="yes">
        <source>Sent from: %1, %2 and %n more.</source>
        <translation>
            <numerusform>Sent from: %1, %2 and %n more.</numerusform>
            <numerusform>Sent from: %1, %2 and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>operator %1</source>
        <translation>operator %1</translation>
    </message>
    <message>
        <source>Sender %1: risk %2 of 100, entered by %3 at %4: %5</source>
        <translation>Sender %1: risk %2 of 100, entered by %3 at %4: %5</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>risk level: the provider&apos;s labels</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sender %1: risk %2 of 100 — %3, asked by %4 at %5.</source>
        <translation>Sender %1: risk %2 of 100 — %3, asked by %4 at %5.</translation>
    </message>
    <message>
        <source>Sender %1: risk %2 of 100 (%3) — %4, asked by %5 at %6.</source>
        <translation>Sender %1: risk %2 of 100 (%3) — %4, asked by %5 at %6.</translation>
    </message>
    <message>
        <source>The block explorer could not confirm that this address sent the transaction.</source>
        <translation>The block explorer could not confirm that this address sent the transaction.</translation>
    </message>
    <message>
        <source>⚠ Above the desk&apos;s limit of %1: the order is held for a senior.</source>
        <translation>⚠ Above the desk&apos;s limit of %1: the order is held for a senior.</translation>
    </message>
    <message>
        <source>Within the desk&apos;s limit of %1.</source>
        <translation>Within the desk&apos;s limit of %1.</translation>
    </message>
    <message>
        <source>The sender has not been screened.</source>
        <translation>The sender has not been screened.</translation>
    </message>
    <message>
        <source>No screening provider is set up for %1: check the address in an AML service and enter its risk score here. Above %2 the order is held for a senior.</source>
        <translation>No screening provider is set up for %1: check the address in an AML service and enter its risk score here. Above %2 the order is held for a senior.</translation>
    </message>
    <message>
        <source>The sender&apos;s risk could not be loaded: %1</source>
        <translation>The sender&apos;s risk could not be loaded: %1</translation>
    </message>
    <message>
        <source>The risk score is saved; every operator sees it.</source>
        <translation>The risk score is saved; every operator sees it.</translation>
    </message>
    <message>
        <source>Screened; every operator sees the result.</source>
        <translation>Screened; every operator sees the result.</translation>
    </message>
    <message>
        <source>The screening provider</source>
        <translation>The screening provider</translation>
    </message>
    <message>
        <source>The block explorer says this address did not send the transaction: screen an address it came from.</source>
        <translation>The block explorer says this address did not send the transaction: screen an address it came from.</translation>
    </message>
    <message>
        <source>This is not a valid %1 address.</source>
        <translation>This is not a valid %1 address.</translation>
    </message>
    <message>
        <source>A screening provider scores this network now, so a score cannot be typed in: screen the sender with it.</source>
        <translation>A screening provider scores this network now, so a score cannot be typed in: screen the sender with it.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer. It asks to wait %n second(s) before the next question.</source>
        <translation>
            <numerusform>%1 did not answer. It asks to wait %n second before the next question.</numerusform>
            <numerusform>%1 did not answer. It asks to wait %n seconds before the next question.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not answer. Try again in a moment.</source>
        <translation>%1 did not answer. Try again in a moment.</translation>
    </message>
    <message>
        <source>The sender was not screened: %1</source>
        <translation>The sender was not screened: %1</translation>
    </message>
    <message>
        <source>Enter risk score…</source>
        <translation>Enter risk score…</translation>
    </message>
    <message>
        <source>Enter the risk score of the address the customer&apos;s crypto came from, checked in an AML service</source>
        <translation>Enter the risk score of the address the customer&apos;s crypto came from, checked in an AML service</translation>
    </message>
    <message>
        <source>Ask %1 for the risk score of the address the customer&apos;s crypto came from</source>
        <translation>Ask %1 for the risk score of the address the customer&apos;s crypto came from</translation>
    </message>
    <message>
        <source>the screening provider</source>
        <translation>the screening provider</translation>
    </message>
    <message>
        <source>The address the customer&apos;s crypto came from</source>
        <translation>The address the customer&apos;s crypto came from</translation>
    </message>
    <message>
        <source> of 100</source>
        <translation> of 100</translation>
    </message>
    <message>
        <source>Enter the sender&apos;s risk score</source>
        <translation>Enter the sender&apos;s risk score</translation>
    </message>
    <message>
        <source>No screening provider is set up for %1. Check the address in an AML service and enter its score: 0, nothing known against it, to 100. Above %2 the order is held for a senior.

Where does the score come from? The reason is kept with it.</source>
        <translation>No screening provider is set up for %1. Check the address in an AML service and enter its score: 0, nothing known against it, to 100. Above %2 the order is held for a senior.

Where does the score come from? The reason is kept with it.</translation>
    </message>
    <message>
        <source>Screen the sender</source>
        <translation>Screen the sender</translation>
    </message>
    <message>
        <source>%1 scores the address from 0, nothing known against it, to 100. Above %2 the order is held for a senior.

Why do you screen it? The reason is kept with the result.</source>
        <translation>%1 scores the address from 0, nothing known against it, to 100. Above %2 the order is held for a senior.

Why do you screen it? The reason is kept with the result.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Risk &amp;score:</source>
        <translation>Risk &amp;score:</translation>
    </message>
    <message>
        <source>The sender was not screened: no address was given.</source>
        <translation>The sender was not screened: no address was given.</translation>
    </message>
    <message>
        <source>Saving the risk score…</source>
        <translation>Saving the risk score…</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Asking %1…</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::RateHistoryChart</name>
    <message>
        <source>Select a rate to see its recent changes.</source>
        <translation>Select a rate to see its recent changes.</translation>
    </message>
    <message>
        <source>%1: no base rate changes in this period.</source>
        <translation>%1: no base rate changes in this period.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s), from %2 to %3; now %4 (%5).</source>
        <translation>
            <numerusform>%1: %n change, from %2 to %3; now %4 (%5).</numerusform>
            <numerusform>%1: %n changes, from %2 to %3; now %4 (%5).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::RateListModel</name>
    <message>
        <source>Customer sells crypto</source>
        <translation>Customer sells crypto</translation>
    </message>
    <message>
        <source>Customer buys crypto</source>
        <translation>Customer buys crypto</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (stale)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Fiat</source>
        <translation>Fiat</translation>
    </message>
    <message>
        <source>Base rate</source>
        <translation>Base rate</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>Fixed fee</source>
        <translation>Fixed fee</translation>
    </message>
    <message>
        <source>Suggested rate</source>
        <translation>Suggested rate</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Typed</source>
        <translation>Typed</translation>
    </message>
    <message>
        <source>Feed, %1 held</source>
        <translation>Feed, %1 held</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>The reference feed moved to %1, more than the desk tolerates between two polls. The base stays at %2 and ages until a senior confirms the new value or the feed comes back.</source>
        <translation>The reference feed moved to %1, more than the desk tolerates between two polls. The base stays at %2 and ages until a senior confirms the new value or the feed comes back.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Base as of</source>
        <translation>Base as of</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::RatesPage</name>
    <message>
        <source>&amp;Save rate…</source>
        <translation>&amp;Save rate…</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>fiat per 1 unit, e.g. 92.50</source>
        <translation>fiat per 1 unit, e.g. 92.50</translation>
    </message>
    <message>
        <source>percent, e.g. 1.5</source>
        <translation>percent, e.g. 1.5</translation>
    </message>
    <message>
        <source>fiat, e.g. 100</source>
        <translation>fiat, e.g. 100</translation>
    </message>
    <message>
        <source>Rate saved; suggested rate now %1.</source>
        <translation>Rate saved; suggested rate now %1.</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Direction:</translation>
    </message>
    <message>
        <source>&amp;Asset:</source>
        <translation>&amp;Asset:</translation>
    </message>
    <message>
        <source>&amp;Fiat:</source>
        <translation>&amp;Fiat:</translation>
    </message>
    <message>
        <source>&amp;Base rate:</source>
        <translation>&amp;Base rate:</translation>
    </message>
    <message>
        <source>&amp;Margin, %:</source>
        <translation>&amp;Margin, %:</translation>
    </message>
    <message>
        <source>Fixed f&amp;ee:</source>
        <translation>Fixed f&amp;ee:</translation>
    </message>
    <message>
        <source>Suggested rate:</source>
        <translation>Suggested rate:</translation>
    </message>
    <message>
        <source>%1 is not a number like 92.50.</source>
        <translation>%1 is not a number like 92.50.</translation>
    </message>
    <message>
        <source>The base rate</source>
        <translation>The base rate</translation>
    </message>
    <message>
        <source>The margin</source>
        <translation>The margin</translation>
    </message>
    <message>
        <source>The fixed fee</source>
        <translation>The fixed fee</translation>
    </message>
    <message>
        <source>No rate: %1</source>
        <translation>No rate: %1</translation>
    </message>
    <message>
        <source>Change the rate %1 %2 → %3</source>
        <translation>Change the rate %1 %2 → %3</translation>
    </message>
    <message>
        <source>&amp;Confirm feed value…</source>
        <translation>&amp;Confirm feed value…</translation>
    </message>
    <message>
        <source>syncd polls the reference rate and updates the base; a jump beyond the tolerance waits for a senior. Leave the base rate empty to keep the current one.</source>
        <translation>syncd polls the reference rate and updates the base; a jump beyond the tolerance waits for a senior. Leave the base rate empty to keep the current one.</translation>
    </message>
    <message>
        <source>Apply the value the reference feed holds back for this rate.</source>
        <translation>Apply the value the reference feed holds back for this rate.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 → %3, last %n day(s)</source>
        <translation>
            <numerusform>%1, %2 → %3, last %n day</numerusform>
            <numerusform>%1, %2 → %3, last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the rate&apos;s history…</source>
        <translation>Loading the rate&apos;s history…</translation>
    </message>
    <message>
        <source>Apply the feed&apos;s %1 as the base rate (now %2, a move of %3 %)</source>
        <translation>Apply the feed&apos;s %1 as the base rate (now %2, a move of %3 %)</translation>
    </message>
    <message>
        <source>From the feed&apos;s next value, with this margin</source>
        <translation>From the feed&apos;s next value, with this margin</translation>
    </message>
    <message>
        <source>&amp;Use the reference feed for the base rate</source>
        <translation>&amp;Use the reference feed for the base rate</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::ReasonDialog</name>
    <message>
        <source>Reason (required; Ctrl+Enter to confirm)</source>
        <translation>Reason (required; Ctrl+Enter to confirm)</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::RequoteDialog</name>
    <message>
        <source>&amp;Keep the old rate</source>
        <translation>&amp;Keep the old rate</translation>
    </message>
    <message>
        <source>Re-quote order %1</source>
        <translation>Re-quote order %1</translation>
    </message>
    <message>
        <source>The desk&apos;s rate moved too far between fixing the order&apos;s rate and the customer&apos;s payment.</source>
        <translation>The desk&apos;s rate moved too far between fixing the order&apos;s rate and the customer&apos;s payment.</translation>
    </message>
    <message>
        <source>The customer paid after the rate stopped holding (it was fixed until %1).</source>
        <translation>The customer paid after the rate stopped holding (it was fixed until %1).</translation>
    </message>
    <message>
        <source>Offer a new rate: the customer accepts or declines it in the bot, and the payout waits for the answer. Or keep the order&apos;s rate: no answer is needed.</source>
        <translation>Offer a new rate: the customer accepts or declines it in the bot, and the payout waits for the answer. Or keep the order&apos;s rate: no answer is needed.</translation>
    </message>
    <message>
        <source>stale — update the rate before offering a new one</source>
        <translation>stale — update the rate before offering a new one</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
    <message>
        <source>&amp;New rate:</source>
        <translation>&amp;New rate:</translation>
    </message>
    <message>
        <source>Order&apos;s rate:</source>
        <translation>Order&apos;s rate:</translation>
    </message>
    <message>
        <source>Desk&apos;s rate now:</source>
        <translation>Desk&apos;s rate now:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>Enter a positive rate with at most %1 decimals.</source>
        <translation>Enter a positive rate with at most %1 decimals.</translation>
    </message>
    <message>
        <source>The order keeps its rate; the payout can go ahead without the customer&apos;s answer.</source>
        <translation>The order keeps its rate; the payout can go ahead without the customer&apos;s answer.</translation>
    </message>
    <message>
        <source>This rate cannot price the order.</source>
        <translation>This rate cannot price the order.</translation>
    </message>
    <message>
        <source>The customer would receive %1 instead of %2, once they accept in the bot.</source>
        <translation>The customer would receive %1 instead of %2, once they accept in the bot.</translation>
    </message>
    <message>
        <source>Keep the rate</source>
        <translation>Keep the rate</translation>
    </message>
    <message>
        <source>&amp;Offer to the customer</source>
        <translation>&amp;Offer to the customer</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::ReserveListModel</name>
    <message>
        <source>%1 on %2</source>
        <comment>asset on network</comment>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>when, who</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>What orders owe out of this reserve: open orders, and orders paid out after it was counted. Cancelled orders and payouts before the count are not included.</source>
        <translation>What orders owe out of this reserve: open orders, and orders paid out after it was counted. Cancelled orders and payouts before the count are not included.</translation>
    </message>
    <message>
        <source>Nothing left to promise: the bot refuses orders paid out of this reserve and the export does not offer it until it is recounted.</source>
        <translation>Nothing left to promise: the bot refuses orders paid out of this reserve and the export does not offer it until it is recounted.</translation>
    </message>
    <message>
        <source>The most a new order or the public export may promise from this reserve.</source>
        <translation>The most a new order or the public export may promise from this reserve.</translation>
    </message>
    <message>
        <source>The currency&apos;s code in the public rates export.</source>
        <translation>The currency&apos;s code in the public rates export.</translation>
    </message>
    <message>
        <source>Without an export code the currency is left out of the public export.</source>
        <translation>Without an export code the currency is left out of the public export.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Owed by orders</source>
        <translation>Owed by orders</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Export code</source>
        <translation>Export code</translation>
    </message>
    <message>
        <source>Counted at, by</source>
        <translation>Counted at, by</translation>
    </message>
    <message>
        <source>%1, from the wallets</source>
        <comment>when</comment>
        <translation>%1, from the wallets</translation>
    </message>
    <message>
        <source>Read from the desk&apos;s active hot wallets through %1; last checked %2.</source>
        <translation>Read from the desk&apos;s active hot wallets through %1; last checked %2.</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::ReservesPage</name>
    <message>
        <source>&amp;Save count…</source>
        <translation>&amp;Save count…</translation>
    </message>
    <message>
        <source>as counted, e.g. 150000.00</source>
        <translation>as counted, e.g. 150000.00</translation>
    </message>
    <message>
        <source>e.g. USDTTRC20; empty: not exported</source>
        <translation>e.g. USDTTRC20; empty: not exported</translation>
    </message>
    <message>
        <source>Reserve entered for %1: %2 available.</source>
        <translation>Reserve entered for %1: %2 available.</translation>
    </message>
    <message>
        <source>Reserve of %1 recounted: %2 available.</source>
        <translation>Reserve of %1 recounted: %2 available.</translation>
    </message>
    <message>
        <source>Curr&amp;ency:</source>
        <translation>Curr&amp;ency:</translation>
    </message>
    <message>
        <source>Counted a&amp;mount:</source>
        <translation>Counted a&amp;mount:</translation>
    </message>
    <message>
        <source>E&amp;xport code:</source>
        <translation>E&amp;xport code:</translation>
    </message>
    <message>
        <source>Count a reserve</source>
        <translation>Count a reserve</translation>
    </message>
    <message>
        <source>No reserve yet: orders are not capped and nothing is exported. Count what the desk holds of each currency it pays out: fiat for sells, crypto for buys.</source>
        <translation>No reserve yet: orders are not capped and nothing is exported. Count what the desk holds of each currency it pays out: fiat for sells, crypto for buys.</translation>
    </message>
    <message>
        <source>A sell pays fiat out of its currency&apos;s reserve, a buy pays crypto out of its asset&apos;s. Select a reserve to recount it.</source>
        <translation>A sell pays fiat out of its currency&apos;s reserve, a buy pays crypto out of its asset&apos;s. Select a reserve to recount it.</translation>
    </message>
    <message>
        <source>%1: %2 counted, %3 owed by orders since, %4 available.</source>
        <translation>%1: %2 counted, %3 owed by orders since, %4 available.</translation>
    </message>
    <message>
        <source>Nothing left to promise: new orders paid out of it are refused until it is recounted.</source>
        <translation>Nothing left to promise: new orders paid out of it are refused until it is recounted.</translation>
    </message>
    <message>
        <source>Exported as %1.</source>
        <translation>Exported as %1.</translation>
    </message>
    <message>
        <source>Not in the public export (no export code).</source>
        <translation>Not in the public export (no export code).</translation>
    </message>
    <message>
        <source>Type the amount as counted, e.g. 150000.00.</source>
        <translation>Type the amount as counted, e.g. 150000.00.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n decimal place(s) for this currency.</source>
        <translation>
            <numerusform>At most %n decimal place for this currency.</numerusform>
            <numerusform>At most %n decimal places for this currency.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has a reserve: saving recounts it, and orders count against it from now on.</source>
        <translation>%1 has a reserve: saving recounts it, and orders count against it from now on.</translation>
    </message>
    <message>
        <source>%1 has no reserve yet: saving enters one, and orders paid out of it are capped from now on.</source>
        <translation>%1 has no reserve yet: saving enters one, and orders paid out of it are capped from now on.</translation>
    </message>
    <message>
        <source>Recount the reserve of %1</source>
        <translation>Recount the reserve of %1</translation>
    </message>
    <message>
        <source>Enter the reserve of %1</source>
        <translation>Enter the reserve of %1</translation>
    </message>
    <message>
        <source>Loading the reserves failed: %1</source>
        <translation>Loading the reserves failed: %1</translation>
    </message>
    <message>
        <source>Another currency already uses this export code. Choose another code.</source>
        <translation>Another currency already uses this export code. Choose another code.</translation>
    </message>
    <message>
        <source>Someone entered this currency&apos;s reserve meanwhile. The list has been reloaded: recount it.</source>
        <translation>Someone entered this currency&apos;s reserve meanwhile. The list has been reloaded: recount it.</translation>
    </message>
    <message>
        <source>Someone recounted this reserve meanwhile. The list has been reloaded: check the figures and count again.</source>
        <translation>Someone recounted this reserve meanwhile. The list has been reloaded: check the figures and count again.</translation>
    </message>
    <message>
        <source>The server did not accept the amount: at most the currency&apos;s decimal places.</source>
        <translation>The server did not accept the amount: at most the currency&apos;s decimal places.</translation>
    </message>
    <message>
        <source>The server did not accept the export code: 2 to 20 Latin capitals and digits.</source>
        <translation>The server did not accept the export code: 2 to 20 Latin capitals and digits.</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Not saved. %1</translation>
    </message>
    <message>
        <source>Read from the desk&apos;s active hot wallets through %1, last checked %2. Payouts of the few minutes before a reading still count as owed: the explorer may not show them yet. A recount by hand holds until the wallets&apos; balance moves.</source>
        <translation>Read from the desk&apos;s active hot wallets through %1, last checked %2. Payouts of the few minutes before a reading still count as owed: the explorer may not show them yet. A recount by hand holds until the wallets&apos; balance moves.</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::RiskFlagModel</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>cleared by %1 at %2: %3</source>
        <translation>cleared by %1 at %2: %3</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Cleared</translation>
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
        <translation>%1 min</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No (default applies)</source>
        <translation>No (default applies)</translation>
    </message>
    <message>
        <source>%1 (rule %2)</source>
        <translation>%1 (rule %2)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Flags in 30 days</source>
        <translation>Flags in 30 days</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
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
    <name>p2pdesk::workstation::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::SupportInbox</name>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Mine</translation>
    </message>
    <message>
        <source>&amp;Unassigned</source>
        <translation>&amp;Unassigned</translation>
    </message>
    <message>
        <source>Ur&amp;gent</source>
        <translation>Ur&amp;gent</translation>
    </message>
    <message>
        <source>Overdu&amp;e</source>
        <translation>Overdu&amp;e</translation>
    </message>
    <message>
        <source>All o&amp;pen</source>
        <translation>All o&amp;pen</translation>
    </message>
    <message>
        <source>C&amp;losed</source>
        <translation>C&amp;losed</translation>
    </message>
    <message>
        <source>Load older closed tickets</source>
        <translation>Load older closed tickets</translation>
    </message>
    <message>
        <source>Search order, customer, message text…</source>
        <translation>Search order, customer, message text…</translation>
    </message>
    <message>
        <source>&amp;Open ticket</source>
        <translation>&amp;Open ticket</translation>
    </message>
    <message>
        <source>&amp;Assign to me</source>
        <translation>&amp;Assign to me</translation>
    </message>
    <message>
        <source>The ticket is assigned to you.</source>
        <translation>The ticket is assigned to you.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>support view: title (tickets in it)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) shown</source>
        <translation>
            <numerusform>%n ticket shown</numerusform>
            <numerusform>%n tickets shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: the tickets as last seen. They update when the connection returns.</source>
        <translation>Offline: the tickets as last seen. They update when the connection returns.</translation>
    </message>
    <message>
        <source>Searching message text on the server…</source>
        <translation>Searching message text on the server…</translation>
    </message>
    <message>
        <source>No ticket matches the search in this view.</source>
        <translation>No ticket matches the search in this view.</translation>
    </message>
    <message>
        <source>No closed tickets read yet.</source>
        <translation>No closed tickets read yet.</translation>
    </message>
    <message>
        <source>Nothing to answer here.</source>
        <translation>Nothing to answer here.</translation>
    </message>
    <message>
        <source>Customer &amp;profile…</source>
        <translation>Customer &amp;profile…</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::SupportSettingsPage</name>
    <message>
        <source>Send alerts to the o&amp;ps chat</source>
        <translation>Send alerts to the o&amp;ps chat</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>A new ticket&apos;s first answer is due this many minutes after the customer wrote.</source>
        <translation>A new ticket&apos;s first answer is due this many minutes after the customer wrote.</translation>
    </message>
    <message>
        <source>Once answered, the next answer is due this many minutes after the customer writes again.</source>
        <translation>Once answered, the next answer is due this many minutes after the customer writes again.</translation>
    </message>
    <message>
        <source>Unassigned orders, payouts waiting for approval, disputes, large payouts and failing server jobs are posted to the desk&apos;s Telegram group.</source>
        <translation>Unassigned orders, payouts waiting for approval, disputes, large payouts and failing server jobs are posted to the desk&apos;s Telegram group.</translation>
    </message>
    <message>
        <source>The tickets inbox counts down to these deadlines; an answer that is late shows as overdue. Ops chat alerts need the server&apos;s Telegram ops chat to be configured.</source>
        <translation>The tickets inbox counts down to these deadlines; an answer that is late shows as overdue. Ops chat alerts need the server&apos;s Telegram ops chat to be configured.</translation>
    </message>
    <message>
        <source>Support settings saved.</source>
        <translation>Support settings saved.</translation>
    </message>
    <message>
        <source>&amp;First answer due within:</source>
        <translation>&amp;First answer due within:</translation>
    </message>
    <message>
        <source>&amp;Next answer due within:</source>
        <translation>&amp;Next answer due within:</translation>
    </message>
    <message>
        <source>Change the support settings</source>
        <translation>Change the support settings</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::TakeRateDialog</name>
    <message>
        <source>Take order %1</source>
        <translation>Take order %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;Take</source>
        <translation>&amp;Take</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Order:</translation>
    </message>
    <message>
        <source>Suggested rate:</source>
        <translation>Suggested rate:</translation>
    </message>
    <message>
        <source>&amp;Final rate:</source>
        <translation>&amp;Final rate:</translation>
    </message>
    <message>
        <source>Deviation:</source>
        <translation>Deviation:</translation>
    </message>
    <message>
        <source>Admin limit:</source>
        <translation>Admin limit:</translation>
    </message>
    <message>
        <source>enter a positive rate with at most %1 decimals</source>
        <translation>enter a positive rate with at most %1 decimals</translation>
    </message>
    <message>
        <source>above the suggestion</source>
        <translation>above the suggestion</translation>
    </message>
    <message>
        <source>below the suggestion</source>
        <translation>below the suggestion</translation>
    </message>
    <message>
        <source>equal to the suggestion</source>
        <translation>equal to the suggestion</translation>
    </message>
    <message>
        <source>%1 % (%2)</source>
        <translation>%1 % (%2)</translation>
    </message>
    <message>
        <source>no suggested rate to compare with</source>
        <translation>no suggested rate to compare with</translation>
    </message>
    <message>
        <source>The rate deviates from the suggestion by more than the admin limit of %1 %. Give a reason; it is recorded with the order.</source>
        <translation>The rate deviates from the suggestion by more than the admin limit of %1 %. Give a reason; it is recorded with the order.</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
    <message>
        <source>&amp;Reason (optional):</source>
        <translation>&amp;Reason (optional):</translation>
    </message>
    <message>
        <source>&amp;Send the deposit address to the customer right after taking</source>
        <translation>&amp;Send the deposit address to the customer right after taking</translation>
    </message>
    <message>
        <source>&amp;Take and send address</source>
        <translation>&amp;Take and send address</translation>
    </message>
    <message>
        <source>not visible to this account; the server checks it</source>
        <translation>not visible to this account; the server checks it</translation>
    </message>
    <message>
        <source>Take, then send the deposit instructions to the customer: one action. If the second step is refused, the order stays yours and the card says why.</source>
        <translation>Take, then send the deposit instructions to the customer: one action. If the second step is refused, the order stays yours and the card says why.</translation>
    </message>
    <message>
        <source>The server requires a reason for this rate. Give a reason; it is recorded with the order.</source>
        <translation>The server requires a reason for this rate. Give a reason; it is recorded with the order.</translation>
    </message>
    <message>
        <source>The desk&apos;s rate for this pair is stale: the reference feed stopped or nobody has updated it, and the bot no longer quotes it. Check the market before fixing the final rate.</source>
        <translation>The desk&apos;s rate for this pair is stale: the reference feed stopped or nobody has updated it, and the bot no longer quotes it. Check the market before fixing the final rate.</translation>
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
        <translation>General question</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>ticket&apos;s order: code · status</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <comment>time since the customer&apos;s last message</comment>
        <translation>%1 ago</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Urgent: the desk answers this customer first.</source>
        <translation>Urgent: the desk answers this customer first.</translation>
    </message>
    <message>
        <source>Last message from the customer: %1</source>
        <translation>Last message from the customer: %1</translation>
    </message>
    <message>
        <source>Closed at %1</source>
        <translation>Closed at %1</translation>
    </message>
    <message>
        <source>No answer is due: the customer has not written since the desk&apos;s last reply.</source>
        <translation>No answer is due: the customer has not written since the desk&apos;s last reply.</translation>
    </message>
    <message>
        <source>Next answer due at %1</source>
        <translation>Next answer due at %1</translation>
    </message>
    <message>
        <source>First answer due at %1</source>
        <translation>First answer due at %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) from the customer you have not read</source>
        <translation>
            <numerusform>%n message from the customer you have not read</numerusform>
            <numerusform>%n messages from the customer you have not read</numerusform>
        </translation>
    </message>
    <message>
        <source>Time left to answer the customer (first answer, then each next one)</source>
        <translation>Time left to answer the customer (first answer, then each next one)</translation>
    </message>
    <message>
        <source>Customer messages you have not read</source>
        <translation>Customer messages you have not read</translation>
    </message>
    <message>
        <source>Time since the customer last wrote</source>
        <translation>Time since the customer last wrote</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Last message</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Answer due</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Unread</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::TicketMessageModel</name>
    <message>
        <source>the customer blocked the bot or never started it</source>
        <translation>the customer blocked the bot or never started it</translation>
    </message>
    <message>
        <source>the customer&apos;s Telegram chat no longer exists</source>
        <translation>the customer&apos;s Telegram chat no longer exists</translation>
    </message>
    <message>
        <source>the message is too long for Telegram</source>
        <translation>the message is too long for Telegram</translation>
    </message>
    <message>
        <source>Telegram could not read its formatting</source>
        <translation>Telegram could not read its formatting</translation>
    </message>
    <message>
        <source>the file is too large for Telegram</source>
        <translation>the file is too large for Telegram</translation>
    </message>
    <message>
        <source>Telegram asked the desk to slow down</source>
        <translation>Telegram asked the desk to slow down</translation>
    </message>
    <message>
        <source>Telegram could not be reached</source>
        <translation>Telegram could not be reached</translation>
    </message>
    <message>
        <source>the bot is not set up correctly (tell the admin)</source>
        <translation>the bot is not set up correctly (tell the admin)</translation>
    </message>
    <message>
        <source>the message could not be prepared (tell the admin)</source>
        <translation>the message could not be prepared (tell the admin)</translation>
    </message>
    <message>
        <source>Telegram refused it</source>
        <translation>Telegram refused it</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Not confirmed by the server yet; retrying. It will not be sent twice.</source>
        <translation>Not confirmed by the server yet; retrying. It will not be sent twice.</translation>
    </message>
    <message>
        <source>Not confirmed by the server yet (%1); retrying. It will not be sent twice.</source>
        <translation>Not confirmed by the server yet (%1); retrying. It will not be sent twice.</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Waiting to be sent; the last try failed: %1</source>
        <translation>Waiting to be sent; the last try failed: %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation>Not delivered: %1</translation>
    </message>
    <message>
        <source>Photo, %1</source>
        <translation>Photo, %1</translation>
    </message>
    <message>
        <source>PDF document, %1</source>
        <translation>PDF document, %1</translation>
    </message>
    <message>
        <source>File, %1</source>
        <translation>File, %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Telegram said: %1</source>
        <translation>Telegram said: %1</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 at %2: %3</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::TicketWindow</name>
    <message>
        <source>Create order for this customer…</source>
        <translation>Create order for this customer…</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Chat with %1</source>
        <translation>Chat with %1</translation>
    </message>
    <message>
        <source>Open order %1</source>
        <translation>Open order %1</translation>
    </message>
    <message>
        <source>Only operators and seniors record orders.</source>
        <translation>Only operators and seniors record orders.</translation>
    </message>
    <message>
        <source>Offline: orders are recorded on the server.</source>
        <translation>Offline: orders are recorded on the server.</translation>
    </message>
    <message>
        <source>Record an order the customer asked for here or by phone (Ctrl+Shift+N)</source>
        <translation>Record an order the customer asked for here or by phone (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Customer profile…</source>
        <translation>Customer profile…</translation>
    </message>
    <message>
        <source>The customer&apos;s orders, flags, payout accounts and tickets (Ctrl+Shift+U)</source>
        <translation>The customer&apos;s orders, flags, payout accounts and tickets (Ctrl+Shift+U)</translation>
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
<context>
    <name>p2pdesk::workstation::WalletDialog</name>
    <message>
        <source>New wallet</source>
        <translation>New wallet</translation>
    </message>
    <message>
        <source>%1 on %2%3</source>
        <translation>%1 on %2%3</translation>
    </message>
    <message>
        <source>Hot — orders pay into it</source>
        <translation>Hot — orders pay into it</translation>
    </message>
    <message>
        <source>Cold — storage, never shown to customers</source>
        <translation>Cold — storage, never shown to customers</translation>
    </message>
    <message>
        <source>e.g. Tron hot 1</source>
        <translation>e.g. Tron hot 1</translation>
    </message>
    <message>
        <source>where the key is kept, e.g. vault://desk/tron-hot-1 — never the key</source>
        <translation>where the key is kept, e.g. vault://desk/tron-hot-1 — never the key</translation>
    </message>
    <message>
        <source>A name of the place the key is kept: a vault path, an HSM slot, a hardware wallet&apos;s label. Never paste a private key or a seed phrase here.</source>
        <translation>A name of the place the key is kept: a vault path, an HSM slot, a hardware wallet&apos;s label. Never paste a private key or a seed phrase here.</translation>
    </message>
    <message>
        <source>why — kept in the audit log</source>
        <translation>why — kept in the audit log</translation>
    </message>
    <message>
        <source>A&amp;sset:</source>
        <translation>A&amp;sset:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>Key &amp;kept at:</source>
        <translation>Key &amp;kept at:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>R&amp;eason:</translation>
    </message>
    <message>
        <source>Choose the asset and network.</source>
        <translation>Choose the asset and network.</translation>
    </message>
    <message>
        <source>Paste the wallet&apos;s address.</source>
        <translation>Paste the wallet&apos;s address.</translation>
    </message>
    <message>
        <source>This is not a Tron address: it starts with T, has 34 characters and a valid checksum.</source>
        <translation>This is not a Tron address: it starts with T, has 34 characters and a valid checksum.</translation>
    </message>
    <message>
        <source>This is not an Ethereum address: 0x followed by 40 hex digits.</source>
        <translation>This is not an Ethereum address: 0x followed by 40 hex digits.</translation>
    </message>
    <message>
        <source>This is not a Bitcoin mainnet address: bc1…, 1… or 3… with a valid checksum.</source>
        <translation>This is not a Bitcoin mainnet address: bc1…, 1… or 3… with a valid checksum.</translation>
    </message>
    <message>
        <source>The label looks like a key. Name the wallet instead.</source>
        <translation>The label looks like a key. Name the wallet instead.</translation>
    </message>
    <message>
        <source>Say where the key is kept (a vault path, an HSM slot, a hardware wallet&apos;s name).</source>
        <translation>Say where the key is kept (a vault path, an HSM slot, a hardware wallet&apos;s name).</translation>
    </message>
    <message>
        <source>This looks like a private key or a seed phrase. Never enter a key here: clear the field and enter only the name of where the key is kept.</source>
        <translation>This looks like a private key or a seed phrase. Never enter a key here: clear the field and enter only the name of where the key is kept.</translation>
    </message>
    <message>
        <source>Say why: the reason goes to the audit log.</source>
        <translation>Say why: the reason goes to the audit log.</translation>
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
        <translation>Hot</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Cold</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Hot: orders are given this address to pay into.</source>
        <translation>Hot: orders are given this address to pay into.</translation>
    </message>
    <message>
        <source>Cold: storage; never given to a customer.</source>
        <translation>Cold: storage; never given to a customer.</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Hot/cold</source>
        <translation>Hot/cold</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
</context>
<context>
    <name>p2pdesk::workstation::WalletsPage</name>
    <message>
        <source>&amp;New wallet…</source>
        <translation>&amp;New wallet…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deactivate…</translation>
    </message>
    <message>
        <source>Wallet added: %1. Check its address against the QR code.</source>
        <translation>Wallet added: %1. Check its address against the QR code.</translation>
    </message>
    <message>
        <source>Wallet activated: %1.</source>
        <translation>Wallet activated: %1.</translation>
    </message>
    <message>
        <source>Wallet deactivated: %1; orders no longer get its address.</source>
        <translation>Wallet deactivated: %1; orders no longer get its address.</translation>
    </message>
    <message>
        <source>No wallet yet. Orders need an active hot wallet of their asset and network to be given an address to pay into.</source>
        <translation>No wallet yet. Orders need an active hot wallet of their asset and network to be given an address to pay into.</translation>
    </message>
    <message>
        <source>Select a wallet to see its address as a QR code.</source>
        <translation>Select a wallet to see its address as a QR code.</translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>The QR code could not be made.</translation>
    </message>
    <message>
        <source>Acti&amp;vate…</source>
        <translation>Acti&amp;vate…</translation>
    </message>
    <message>
        <source>%1 on %2, %3.</source>
        <translation>%1 on %2, %3.</translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation>Label: %1</translation>
    </message>
    <message>
        <source>Key kept at: %1</source>
        <translation>Key kept at: %1</translation>
    </message>
    <message>
        <source>In use: new orders may be given this address.</source>
        <translation>In use: new orders may be given this address.</translation>
    </message>
    <message>
        <source>In use as storage.</source>
        <translation>In use as storage.</translation>
    </message>
    <message>
        <source>Not in use: no order is given this address.</source>
        <translation>Not in use: no order is given this address.</translation>
    </message>
    <message>
        <source>Compare the address and the QR code with the wallet itself before customers pay into it.</source>
        <translation>Compare the address and the QR code with the wallet itself before customers pay into it.</translation>
    </message>
    <message>
        <source>Deactivate the wallet %1</source>
        <translation>Deactivate the wallet %1</translation>
    </message>
    <message>
        <source>Activate the wallet %1</source>
        <translation>Activate the wallet %1</translation>
    </message>
</context>
</TS>
