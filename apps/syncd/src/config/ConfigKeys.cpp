#include "config/Config.h"

#include "p2pdesk/domain/ProofImagePolicy.h"

#include <string>

namespace p2pdesk::syncd::config {

// One line per key. A feature adds its keys here (grouped by prefix) and reads them through
// Config::string/integer/path/secret.
const std::vector<KeySpec> &knownKeys()
{
    static const std::vector<KeySpec> keys = {
        {"listen.address", KeyKind::String, "127.0.0.1", "Address the HTTPS server binds to."},
        {"listen.port", KeyKind::Integer, "8443", "TCP port of the HTTPS server (0 = any free port)."},
        {"tls.cert_file", KeyKind::Path, "",
         "PEM certificate (chain). Unset: a self-signed certificate is generated in data_dir on first start."},
        {"tls.key_file", KeyKind::Path, "", "PEM private key matching tls.cert_file."},
        {"data_dir", KeyKind::Path, "/var/lib/p2pdesk", "Directory for the generated certificate and stored files."},
        {"db.host", KeyKind::String, "/var/run/postgresql", "PostgreSQL host or unix socket directory."},
        {"db.port", KeyKind::Integer, "5432", "PostgreSQL port (also selects the socket file name)."},
        {"db.name", KeyKind::String, "p2pdesk", "Database name."},
        {"db.user", KeyKind::String, "p2pdesk", "Database role."},
        {"db.password_file", KeyKind::SecretFile, "",
         "File with the database password (or env P2PDESK_DB_PASSWORD). Unset: peer/trust authentication."},
        {"db.pool_size", KeyKind::Integer, "16", "Maximum number of pooled database connections."},
        {"db.acquire_timeout_ms", KeyKind::Integer, "2000",
         "How long a request waits for a free pooled connection before 503 db_unavailable."},
        {"db.connect_timeout_s", KeyKind::Integer, "3", "libpq connect_timeout for new connections."},
        {"db.migrate_on_start", KeyKind::Integer, "0", "1 = apply pending migrations when `serve` starts."},
        {"http.threads", KeyKind::Integer, "128",
         "HTTP worker threads. Every live connection holds one (idle keep-alive included), so size it above "
         "the waiting long-polls (http.max_long_polls) plus concurrent requests (>= 64 long-polls expected)."},
        {"http.max_queued", KeyKind::Integer, "256", "Accepted connections waiting for a thread."},
        {"http.max_connections_per_address", KeyKind::Integer, "64",
         "Live connections one client address (IPv6: its /64) may hold (0 = no cap); more are refused at "
         "accept. Keep it well below http.threads; behind a reverse proxy every client has the proxy's address."},
        {"http.head_timeout_ms", KeyKind::Integer, "10000",
         "A new connection must finish its TLS handshake and first request head within this, however "
         "slowly it sends; otherwise it is closed."},
        {"http.keep_alive_timeout_s", KeyKind::Integer, "10",
         "An idle keep-alive connection is closed after this long (plus http.head_timeout_ms for the next "
         "head), freeing its thread. A long-poll waits inside its request and is not cut short."},
        {"http.transfer_timeout_ms", KeyKind::Integer, "120000",
         "Reading a request body or writing a response may take at most this long (a 20 MiB upload "
         "needs ~1.4 Mbit/s)."},
        {"http.max_long_polls", KeyKind::Integer, "0",
         "Long-polls (GET /api/v1/changes?wait=) allowed to wait at once; more answer at once with what "
         "there is. 0 = half of http.threads, so waiting long-polls never take every thread."},
        {"http.max_body_bytes", KeyKind::Integer, "65536",
         "Largest JSON (or other non-upload) request body accepted on any route (413 above)."},
        {"http.max_upload_bytes", KeyKind::Integer, "20971520",
         "Largest raw file upload accepted, only on routes that take files (413 above)."},
        {"http.idempotency_ttl_h", KeyKind::Integer, "24",
         "Stored Idempotency-Key responses are purged after this many hours."},
        {"security.requisites_key_file", KeyKind::SecretFile, "",
         "File with the master key (64 hex digits) from which the AES-256-GCM key and the lookup-hash key "
         "of payout requisites are derived (or env P2PDESK_SECURITY_REQUISITES_KEY). Unset: generated once "
         "in data_dir/keys/requisites.key; back it up with the database."},
        {"security.totp_key_file", KeyKind::SecretFile, "",
         "File with the AES-256-GCM key (64 hex digits) sealing operators' TOTP secrets (or env "
         "P2PDESK_SECURITY_TOTP_KEY). Unset: generated once in data_dir/keys/totp.key; every instance "
         "sharing the database needs the same key, and losing it means re-enrolling every operator's 2FA."},
        {"security.totp_key_id", KeyKind::String, "k1", "Key id stored next to each sealed TOTP secret."},
        {"security.argon2_memory_kib", KeyKind::Integer, "65536", "argon2id memory cost for operator passwords."},
        {"security.argon2_iterations", KeyKind::Integer, "3", "argon2id passes for operator passwords."},
        {"auth.session_idle_timeout_s", KeyKind::Integer, "1800", "A session unused this long ends."},
        {"auth.session_absolute_timeout_s", KeyKind::Integer, "43200", "A session ends this long after login."},
        {"auth.session_touch_interval_s", KeyKind::Integer, "60",
         "Session activity is written at most this often (idle expiry is precise to this interval)."},
        {"auth.lockout_threshold", KeyKind::Integer, "5",
         "Consecutive login failures of one username from one client address that lock that pair."},
        {"auth.lockout_account_threshold", KeyKind::Integer, "50",
         "Consecutive login failures of one username from any address that lock the account everywhere."},
        {"auth.lockout_first_s", KeyKind::Integer, "60", "First lockout; doubles with each further failure."},
        {"auth.lockout_max_s", KeyKind::Integer, "3600", "Longest lockout."},
        {"auth.login_ip_limit", KeyKind::Integer, "20", "Login attempts per client IP (IPv6: /64) per window (429)."},
        {"auth.login_ip_window_s", KeyKind::Integer, "300", "Sliding window of auth.login_ip_limit."},
        // Defaults and their reasons: domain::ImageLimits::defaults().
        {"proofs.max_image_side", KeyKind::Integer, std::to_string(domain::ImageLimits::defaults().maxSide),
         "Proof images wider or taller than this many pixels are refused (422), whatever their file size."},
        {"proofs.max_image_pixels", KeyKind::Integer, std::to_string(domain::ImageLimits::defaults().maxPixels),
         "Proof images with more pixels than this are refused (422): a small file can decode to gigabytes."},
        {"rates.feed.provider", KeyKind::String, "none",
         "Reference rate feed for rates whose base follows the feed: none, ticker (rates.feed.url) or file "
         "(rates.feed.file). A suggestion only: operators still type the final rate at take."},
        {"rates.feed.url", KeyKind::String, "",
         "Ticker endpoint answering GET <url>?symbol=USDTRUB with {\"symbol\",\"price\"} (http:// or https://)."},
        {"rates.feed.symbol", KeyKind::String, "{asset}{fiat}", "How the ticker spells a pair, e.g. {asset}{fiat}."},
        {"rates.feed.file", KeyKind::Path, "",
         "JSON file {\"USDT/RUB\":\"92.15\"}; its modification time is the rates' age. Replace it atomically."},
        {"rates.feed.interval_s", KeyKind::Integer, "60", "Seconds between polls of the reference feed."},
        {"rates.feed.timeout_ms", KeyKind::Integer, "5000", "How long one poll of the ticker may take."},
        {"explorer.timeout_ms", KeyKind::Integer, "5000",
         "How long one question to a block explorer may take; an operator waits for it beside a proof."},
        {"explorer.tron.provider", KeyKind::String, "none",
         "Block explorer for TRON (hints beside txid proofs, reserves from hot wallets): none or tronscan "
         "(explorer.tron.url). A hint is advice, never a verification; the feature flags explorer_hints and "
         "reserve_sync switch them on."},
        {"explorer.tron.url", KeyKind::String, "https://apilist.tronscanapi.com",
         "Tronscan API base answering GET <url>/api/transaction-info?hash=<txid> and /api/account/tokens "
         "(http:// or https://)."},
        {"explorer.bitcoin.provider", KeyKind::String, "none",
         "Block explorer for BITCOIN (hints beside txid proofs, reserves from hot wallets): none or esplora "
         "(explorer.bitcoin.url)."},
        {"explorer.bitcoin.url", KeyKind::String, "https://mempool.space/api",
         "Esplora API base (mempool.space, blockstream.info or an own electrs) answering GET <url>/tx/<txid>, "
         "/blocks/tip/height and /address/<address> (http:// or https://)."},
        {"explorer.ethereum.provider", KeyKind::String, "none",
         "Block explorer for ETHEREUM (ETH and ERC20 tokens): none or etherscan (explorer.ethereum.url)."},
        {"explorer.ethereum.url", KeyKind::String, "https://api.etherscan.io/v2/api",
         "Etherscan API V2 endpoint answering GET <url>?chainid=1&module=…&action=… (http:// or https://)."},
        {"explorer.ethereum.api_key_file", KeyKind::SecretFile, "",
         "File with the Etherscan API key, sent as apikey (or env P2PDESK_EXPLORER_ETHEREUM_API_KEY); Etherscan "
         "refuses most calls without one."},
        {"explorer.reserve_sync_interval_s", KeyKind::Integer, "300",
         "Seconds between readings of the hot wallets' balances for the crypto reserves (feature flag "
         "reserve_sync); each reading asks the explorer once per active hot wallet."},
        {"explorer.reserve_settle_s", KeyKind::Integer, "600",
         "After a reading of the wallets, payouts of this many seconds before it still count against the reserve: "
         "a payout marked sent may not be in a block yet. Longer understates the reserve for longer, shorter "
         "risks promising money already paid."},
        {"explorer.tron.api_key_file", KeyKind::SecretFile, "",
         "File with the Tronscan API key, sent as TRON-PRO-API-KEY (or env P2PDESK_EXPLORER_TRON_API_KEY); "
         "empty: no key, the public rate limit."},
        {"screening.provider", KeyKind::String, "none",
         "Address-screening (AML) provider scoring the addresses customers' crypto came from: none (operators "
         "enter the score they found) or misttrack (screening.url). A score above the desk setting "
         "aml_hold_score holds the order."},
        {"screening.url", KeyKind::String, "https://openapi.misttrack.io",
         "MistTrack OpenAPI base answering GET <url>/v1/risk_score?coin=&address=&api_key= (http:// or https://)."},
        {"screening.api_key_file", KeyKind::SecretFile, "",
         "File with the screening provider's API key (or env P2PDESK_SCREENING_API_KEY); MistTrack refuses "
         "calls without one."},
        {"screening.timeout_ms", KeyKind::Integer, "10000",
         "How long one question to the screening provider may take; the operator waits for it beside a proof."},
        {"rates.export.cache_ms", KeyKind::Integer, "5000",
         "How long one built /export/rates.xml is served from memory; aggregators poll it often."},
        {"rates.feed.max_jump_percent", KeyKind::String, "",
         "Replaced by the desk setting rate_feed_max_jump_percent (Administration → Settings); syncd refuses to "
         "start while this key is set, so an old value is never silently ignored."},
        {"proofs.retention_days", KeyKind::Integer, "90",
         "Proof files are deleted this many days after both their upload and their order's close (the row "
         "and its SHA-256 stay; the file then answers 410 proof_purged). Never while the order is in dispute, "
         "on hold or open, or its customer is blocked. 0 = keep forever."},
        {"audit.seal_interval_ms", KeyKind::Integer, "200", "How often the audit sealer looks for new rows."},
        {"audit.anchor_file", KeyKind::Path, "",
         "File the head of the audit chain (seq and hash of the newest sealed row) is written to, replaced "
         "atomically, mode 0640; copy it off the database host and check with `audit-verify --anchor FILE`. "
         "Empty: the head goes to the log (syncd.workers.audit_anchor) only."},
        {"audit.anchor_interval_s", KeyKind::Integer, "300", "How often the audit chain head is exported."},
        // The Telegram bridge (tg/). Off until a bot token is configured.
        {"telegram.mode", KeyKind::String, "off",
         "off | polling (getUpdates; works behind NAT, the default for a desk) | webhook (Telegram calls "
         "POST /api/v1/telegram/webhook; needs a public HTTPS address and telegram.webhook_secret_file)."},
        {"telegram.poll_timeout_s", KeyKind::Integer, "10",
         "getUpdates long-poll timeout. Stopping syncd may wait this long for the poll in flight."},
        {"telegram.max_file_bytes", KeyKind::Integer, "20971520",
         "Largest customer file the bot downloads (the cloud Bot API's own limit is 20 MB; a local Bot API "
         "server allows more). Larger files are refused with a message to the customer."},
        {"telegram.worker_interval_ms", KeyKind::Integer, "1000",
         "Fallback interval of the bridge's processor, notifier and sender (they are woken at once by new "
         "updates and events; this only bounds the delay for work stored by another instance)."},
        {"telegram.webhook_url", KeyKind::String, "",
         "Webhook mode: the public HTTPS URL of POST /api/v1/telegram/webhook given to setWebhook on start "
         "(empty: register it yourself)."},
        {"telegram.webhook_secret_file", KeyKind::SecretFile, "",
         "File with the webhook's secret token (1-256 of A-Z a-z 0-9 _ -; or env P2PDESK_TELEGRAM_WEBHOOK_SECRET). "
         "Telegram sends it in X-Telegram-Bot-Api-Secret-Token; requests without it are refused."},
        {"telegram.api_base_url", KeyKind::String, "https://api.telegram.org",
         "Bot API base URL: Telegram's, a local Bot API server's or a test double's (http or https)."},
        {"telegram.bot_token_file", KeyKind::SecretFile, "",
         "File with the bot token (or env P2PDESK_TELEGRAM_BOT_TOKEN). Never logged or stored."},
        {"telegram.request_timeout_ms", KeyKind::Integer, "10000",
         "How long a Bot API call may take; a getUpdates long-poll gets its own timeout plus 10 s."},
        {"telegram.outbox_max_attempts", KeyKind::Integer, "12",
         "Failed deliveries (5xx, network) after which an outbox message is marked failed."},
        {"telegram.per_chat_interval_ms", KeyKind::Integer, "1000",
         "Least time between two messages to one chat (Telegram allows about 1 per second)."},
        {"telegram.global_per_second", KeyKind::Integer, "30",
         "Messages per second to all chats together (Telegram allows about 30)."},
        // Ops chat alerts (tg/OpsAlerts): a Telegram group of the desk's staff.
        {"telegram.ops_chat_id", KeyKind::Integer, "0",
         "Chat id of the desk's ops group (negative for groups; 0 = no ops alerts)."},
        {"telegram.ops_interval_s", KeyKind::Integer, "30", "How often the ops alert worker looks for causes."},
        {"telegram.ops_alerts_per_minute", KeyKind::Integer, "20",
         "Ops alerts enqueued per minute at most (Telegram allows about 20 messages a minute to one group); "
         "the rest wait for the next minute."},
        {"ops.unassigned_alert_minutes", KeyKind::Integer, "10",
         "A NEW order nobody took for this many minutes is reported to the ops chat."},
        {"ops.large_payout_alert", KeyKind::String, "",
         "Payouts at or above these amounts are reported to the ops chat, per fiat: \"RUB:500000,USD:5000\" "
         "(empty = none)."},
        // E-mail (mail/): official notifications to customers who gave an address, and the fallback
        // when Telegram refuses delivery.
        {"email.enabled", KeyKind::Integer, "0", "1 = deliver the outbox's e-mail rows (they stay queued otherwise)."},
        {"email.smtp_host", KeyKind::String, "", "SMTP submission server."},
        {"email.smtp_port", KeyKind::Integer, "587", "SMTP submission port (STARTTLS)."},
        {"email.smtp_user", KeyKind::String, "", "SMTP login (empty = no AUTH, e.g. a local relay)."},
        {"email.smtp_password_file", KeyKind::SecretFile, "",
         "File with the SMTP password (or env P2PDESK_EMAIL_SMTP_PASSWORD). Never logged."},
        {"email.from", KeyKind::String, "", "Sender address of the desk's e-mails."},
        {"email.starttls", KeyKind::String, "required",
         "required (refuse to send unless the server upgrades to TLS) | off (plain; only for a local relay)."},
        {"email.ca_file", KeyKind::Path, "",
         "PEM CA certificates the SMTP server's certificate is verified against (unset: the system's CAs)."},
        {"email.timeout_ms", KeyKind::Integer, "20000", "Timeout of each SMTP exchange."},
        {"email.max_attempts", KeyKind::Integer, "10",
         "Failed deliveries (4xx, network) after which an e-mail is marked failed."},
        // Backups (backup/): `syncd backup`, `restore`, `restore-drill`.
        {"backup.dir", KeyKind::Path, "/var/lib/p2pdesk/backups",
         "Directory of `syncd backup` (without --to) and `syncd restore-drill` (without --from)."},
        {"backup.key_file", KeyKind::SecretFile, "",
         "File with the backup key (64 hex digits, e.g. `openssl rand -hex 32`; or env P2PDESK_BACKUP_KEY). Set: "
         "backups are encrypted with AES-256-GCM and include data_dir/keys and data_dir/tls; restore needs the "
         "same key. Keep a copy away from the backups: without it they cannot be read."},
        {"backup.pg_bin_dir", KeyKind::Path, "",
         "Directory holding pg_dump and pg_restore. Unset: /usr/lib/postgresql/<server major>/bin (Debian) when "
         "it exists, else PATH; they must be at least the server's major version."},
        {"log.level", KeyKind::String, "information", "Poco log level: error, warning, notice, information, debug."},
        {"log.format", KeyKind::String, "text",
         "text (one readable line per event) | json (one JSON object per line: ts, level, logger, msg, and the "
         "request line's rid, operator, method, route, path, status, duration_ms as their own members)."},
        // Monitoring (observability/): GET /metrics in the Prometheus text format.
        {"metrics.token_file", KeyKind::SecretFile, "",
         "File with the bearer token a scraper must send to GET /metrics (or env P2PDESK_METRICS_TOKEN). "
         "Unset: /metrics answers 404."},
    };
    return keys;
}

} // namespace p2pdesk::syncd::config
