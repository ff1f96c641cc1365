<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppSettings</name>
    <message>
        <source>The setting “%1” in %2 is %3, which is neither true nor false, so %4 is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting “%1” in %2 is %3, which is not a whole number, so %4 is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting “%1” in %2 could not be read, so the default is used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BearerToken</name>
    <message>
        <source>The token expired on %1: the proxy will refuse it. Get a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token expires on %1 (in %2): runs that go on longer lose their sign-in then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateProbe</name>
    <message>
        <source>the server presented no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TLS handshake within the request timeout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChainFollower</name>
    <message>
        <source>succeed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this server cannot tell the runs it starts by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the triggers on %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its trigger &quot;%1&quot; is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the task is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its trigger waits for %1 to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its trigger &quot;%1&quot; also needs &quot;%2&quot; to %3 within %4, which did not happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits for the task to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this server cannot be asked for the runs that changed (%1), so the runs its triggers start cannot be seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every rule of its trigger was met, but the task did not start within %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>it is larger than %1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file &apos;%1&apos; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file &apos;%1&apos; holds no PEM certificate (a &quot;-----BEGIN CERTIFICATE-----&quot; block)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile: there is no saved profile called &apos;%1&apos; (no profile is saved; add one in the desktop app Qlik Task Runner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile: there is no saved profile called &apos;%1&apos;; saved profiles: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts Qlik Sense tasks through the Qlik Repository Service (QRS), or reloads Qlik Cloud apps through the Reloads API, and waits for them to end; the exit code tells how they ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profile saved by the desktop app Qlik Task Runner. --server, --auth, --virtual-proxy, --user-header, --user, --user-directory, --client-cert, --client-key, --ca-cert, --pin-sha256 and --insecure override its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qlik Sense server, e.g. https://qlik.acme.com[:port].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to sign in: header (a header-authenticated virtual proxy; the default), certificate (the repository itself on port 4242 with the client certificate exported from the QMC), windows (NTLM through a virtual proxy) or jwt (a JWT virtual proxy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix of the virtual proxy (default: %1 for header sign-in, none for windows and jwt; &quot;&quot; for the default proxy; certificate sign-in uses none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the header that carries the user id (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header: the user id sent in the user header, e.g. user@acme.com or ACME\svc_reload. Certificate: X-Qlik-User&apos;s UserId, e.g. sa_api. Windows: DOMAIN\user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate: X-Qlik-User&apos;s UserDirectory, e.g. INTERNAL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIRECTORY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate: the client certificate exported from the QMC: client.pem (with --client-key) or client.pfx/.p12 (its password in QLIK_PFX_PASSWORD or --pfx-password-file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate: the PEM key of a PEM client certificate (client_key.pem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate: file holding the PFX password (instead of QLIK_PFX_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows: file holding the password (instead of QLIK_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT: file holding the token (instead of QLIK_JWT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qlik Cloud tenant, e.g. https://acme.eu.qlikcloud.com: reload apps (--app) there instead of starting repository tasks. Signs in with an API key (QLIK_API_KEY or --api-key-file) or an OAuth machine-to-machine client (--oauth-client-id and QLIK_OAUTH_CLIENT_SECRET or --oauth-client-secret-file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qlik Cloud: the app to reload, by id or exact name. Repeat it to reload several apps together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qlik Cloud: a partial reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qlik Cloud: a script variable for the reload; repeat it for more (at most %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qlik Cloud: file holding the API key (instead of QLIK_API_KEY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qlik Cloud: the id of an OAuth machine-to-machine client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qlik Cloud: file holding the OAuth client&apos;s secret (instead of QLIK_OAUTH_CLIENT_SECRET).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task to start: a GUID is a task id, anything else an exact task name. Repeat it to start several tasks together (a task given twice is started once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TASK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between status checks; fractions allowed, minimum 0.2, maximum 86400 (a day; default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up waiting after this many seconds (default 0: no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When --timeout passes, stop the tasks still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Ctrl+C (SIGINT) or SIGTERM, ask the server to stop the tasks still running (waiting at most %1 s for its answers) before exiting. Without it they go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit as soon as every task was accepted by the server (not with --timeout, --stop-on-timeout or --stop-on-interrupt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also follow the runs that the tasks&apos; ends start through task-event triggers, down the whole chain, and wait for all of them; the exit code covers every run. A trigger that cannot fire is reported, not waited for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watch: also print the runs that changed this long before the watch began: seconds, or a number with s, m, h or d (e.g. 15m, 2h; default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watch: print only the runs of tasks that match FIELD=PATTERN, FIELD one of task, tag, stream, app; * and ? are wildcards, case does not matter. Repeat it: terms of one field are alternatives, different fields must all match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELD=PATTERN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watch: exit at the first run that fails, is aborted or is lost, with the exit code of that run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file of certificates to trust in addition to the system&apos;s (e.g. the server&apos;s root.pem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust only the server certificate with this SHA-256 fingerprint (64 hex digits, colons optional), whoever signed it; any other certificate is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not verify the server&apos;s certificate (not recommended; warns on stderr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep following runs while the server does not answer for up to this many seconds (default 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between &quot;still running&quot; lines (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object per finished run on stdout; the progress lines then go to stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print only errors and the final summary line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help, including the exit codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the names of the profiles saved by the desktop app, one per line, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Script-compatible options (QlikSubmitTask.ps1; single dash, any case, also -Name:value):
  -serverUrl URL             same as --server
  -QlikUser USER             same as --user
  -TaskId TASK               same as --task
  -PollingInterval SECONDS   same as --poll-interval
  The script&apos;s virtual proxy &quot;%1&quot; and header &quot;%2&quot; are the defaults.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Output:
  Progress lines (ISO 8601 local time with offset) go to stdout; with --json
  they go to stderr and stdout carries only JSON objects, one per line and
  run. Usage errors and option warnings go to stderr. Certificate verification is on
  unless --insecure is given. Control characters in task names, messages and
  script logs are shown escaped (\n, \e, \x07); the JSON has the exact text.

Interrupting:
  On Ctrl+C (SIGINT) or SIGTERM qlik-task prints one line per run still in flight
  (it goes on on the server; task and session id), the summary, and exits with
  130 (SIGINT) or 143 (SIGTERM). With --stop-on-interrupt it first asks the server
  to stop those runs. A second signal exits at once. When every run had already
  ended (only a script log was still being fetched) the runs&apos; exit code stays.

Watching a server:
  qlik-task watch [--since DURATION] [--filter FIELD=PATTERN]... [--json]
                  [--fail-fast] [--timeout SECONDS] plus the connection options
  prints every run that ends on the server (scheduled, triggered, started in the
  hub or the QMC), one line or JSON object each, until interrupted; then it exits
  with 0. With --fail-fast it exits at the first run that fails, with that run&apos;s
  code; --timeout ends the watch with 0. It needs a repository that dates its
  execution results (modifiedDate).

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (tasks are given with --task)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is for &apos;qlik-task watch&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server and --cloud cannot be combined: one names a client-managed server, the other a Qlik Cloud tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a server URL such as https://qlik.acme.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cloud: give only scheme and host of the tenant (e.g. https://acme.eu.qlikcloud.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server: give only scheme, host and port (e.g. https://qlik.acme.com); the virtual proxy goes in --virtual-proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server given (--server URL, -serverUrl URL, --cloud URL or --profile NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--task starts repository tasks; on Qlik Cloud give the app to reload with --app ID-OR-NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is for Qlik Cloud reloads: give the tenant with --cloud URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no app given (--app ID-OR-NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no task given (--task ID-OR-NAME or -TaskId ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--app: an app id or name must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--task: a task id or name must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>warning: %1 is given %n times; it is started once</source>
        <translation>
            <numerusform>warning: %1 is given %n time; it is started once</numerusform>
            <numerusform>warning: %1 is given %n times; it is started once</numerusform>
        </translation>
    </message>
    <message>
        <source>--poll-interval: %1 is above the maximum of 86400 seconds (a day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--poll-interval: &apos;%1&apos; is not a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--poll-interval: %1 is below the minimum of 0.2 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout: %1 is above the maximum of 366 days (0 for no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout: &apos;%1&apos; is not a number of seconds (0 for no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--no-wait cannot be combined with %1: --no-wait does not wait for the tasks to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--follow-chain cannot be combined with --no-wait: it waits for the whole chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--follow-chain: Qlik Cloud has no task-event triggers to follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stop-on-timeout needs --timeout SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unreachable-grace: %1 is above the maximum of 366 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unreachable-grace: &apos;%1&apos; is not a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--still-running-interval: &apos;%1&apos; is not a number of seconds &gt;= 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ca-cert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pin-sha256: &apos;%1&apos; is not a SHA-256 fingerprint (64 hexadecimal digits, colons optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &apos;%1&apos;: CA certificate: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: --insecure: the server&apos;s certificate is not verified; anyone between this machine and %1 can read and change the traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: profile &apos;%1&apos; does not verify the server&apos;s certificate; anyone between this machine and %2 can read and change the traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 is plain http: the user header %2 with the user id, and everything else, go unencrypted; anyone between this machine and %3 can read and change the traffic (use https://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 is plain http: the sign-in and everything else go unencrypted; anyone between this machine and %2 can read and change the traffic, and take over the session (use https://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-cert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth: &apos;%1&apos; is not header, certificate, windows, jwt, cloud-api-key or cloud-oauth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth %1 is not a way into Qlik Cloud: use cloud-api-key or cloud-oauth with --cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth %1 signs in to Qlik Cloud: give the tenant with --cloud URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is for --auth %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; keeps its secret nowhere (the app asks for it each time): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user given (--user USER or -QlikUser USER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user-header must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth certificate needs --client-cert FILE (the client.pem or client.pfx exported from the QMC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth certificate needs --user-directory DIRECTORY and --user ID (X-Qlik-User: the user the repository acts as, e.g. INTERNAL and sa_api)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs its password: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth windows needs --user DOMAIN\user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth windows needs the password of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth jwt needs the token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qlik Cloud needs an API key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth cloud-oauth needs --oauth-client-id ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OAuth client %1 needs its secret: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watch follows the runs of a Qlik Sense repository; Qlik Cloud is not watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watch starts nothing: --%1 does not go with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since: &apos;%1&apos; is not a duration (seconds, or a number with s, m, h or d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--variable is given %1 times; a reload takes at most %2 variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--variable: &apos;%1&apos; is not NAME=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--variable: %1 is given more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--variable: the value of %1 is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set QLIK_PFX_PASSWORD or give --pfx-password-file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set QLIK_PASSWORD or give --password-file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set QLIK_JWT or give --jwt-file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set QLIK_API_KEY or give --api-key-file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set QLIK_OAUTH_CLIENT_SECRET or give --oauth-client-secret-file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: %2 cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudAuth</name>
    <message>
        <source>the answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access_token is missing or not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token_type is not Bearer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires_in is missing or not a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-in of OAuth client &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qlik Cloud did not accept OAuth client &apos;%1&apos; (HTTP %2)%3. Check the client id and secret, and that it is a machine-to-machine client that may use the scope %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the API key: it may have expired or been revoked, or its user may have lost the right to use API keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check OAuth client &apos;%1&apos;: it may have been deleted, its secret replaced or its scope changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudJson</name>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ISO 8601 time: &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not valid JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is a JSON array, not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data is %1, not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an app without a name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudReloadStatus</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceeded its limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudReply</name>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qlik Cloud did not accept the sign-in for %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qlik Cloud&apos;s rate limit kept refusing %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qlik Cloud is unavailable for now and did not carry out %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qlik Cloud failed to carry out %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qlik Cloud refused %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent %2 on to %3 (HTTP %4) instead of answering: the URL may not be the tenant&apos;s, or a sign-in page is in the way. Use the tenant&apos;s own address, like https://TENANT.REGION.qlikcloud.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2 with the unexpected HTTP status %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2 with an HTML page (a sign-in page?), not as Qlik Cloud&apos;s API answers: use the tenant&apos;s own address, like https://TENANT.REGION.qlikcloud.com, and check that no proxy answers in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qlik Cloud&apos;s answer to %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudRunServer</name>
    <message>
        <source>Qlik Cloud tenant %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qlik Cloud stopped the reload: it went beyond a limit of the tenant (reload time, app size or memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No app is named &apos;%1&apos; on this tenant (names must match exactly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (personal space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (space %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n apps are named &apos;%1&apos;: %2. Reload one of them by its id.</source>
        <translation>
            <numerusform>%n app is named &apos;%1&apos;: %2. Reload one of them by its id.</numerusform>
            <numerusform>%n apps are named &apos;%1&apos;: %2. Reload one of them by its id.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer to the start was lost (%1); the app&apos;s reloads show the one it started, which is followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of app &apos;%1&apos; was not answered (%2), and %3 reloads of it were started since: which one is this start&apos;s cannot be told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of app &apos;%1&apos; was not answered (%2), and the app has no reload since: it was not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of app &apos;%1&apos; was not answered (%2), and the app&apos;s reloads could not be looked at (%3): the reload may be going on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Server URL must not contain line breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL must start with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not supported: use https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL has no host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL must not contain a user name or password: put the user into the user id field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL must not have a path (%1): put the virtual proxy prefix into the prefix field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL must not have a query or a fragment (nothing after &apos;?&apos; or &apos;#&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual proxy prefix must not contain line breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual proxy prefix must not contain &apos;/&apos;: write &apos;opcon&apos;, not &apos;/opcon/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual proxy prefix must be lower case: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual proxy prefix may only contain lower case letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User header name must not contain line breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User header name is empty: enter the header name set on the virtual proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User header name must not contain spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User header name must not contain &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User header name %1 is reserved by Qlik Sense: use the header name set on the virtual proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id must not contain line breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id must use US-ASCII characters only (it is sent in an HTTP header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id must not contain control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file name must not contain line breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name must not contain line breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout must be greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (header %2, user %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pinned certificate fingerprint %1 is not a SHA-256 digest (64 hexadecimal digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate sign-in needs https://: the repository only speaks TLS on port 4242</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate sign-in goes straight to the repository, not through a virtual proxy: leave the prefix empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User directory is empty or has control characters: enter the directory of the user the repository should act as, such as INTERNAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id is empty or has control characters: enter the user the repository should act as, such as sa_api</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client certificate is chosen: use the client.pem (or client.pfx) exported from the QMC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate file %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client key is chosen: use the client_key.pem exported with client.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client key file %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User must not contain line breaks or control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User is empty: enter the Windows account as DOMAIN\user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (client certificate, user %2\%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Windows sign-in as the signed-in user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Windows sign-in, user %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (JWT sign-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Qlik Cloud tenant has no virtual proxy: leave the prefix empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client id is empty: enter the id of the machine-to-machine client created in the tenant&apos;s Administration activity center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client id must be US-ASCII without spaces or control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Qlik Cloud, API key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Qlik Cloud, OAuth client %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qlik Cloud API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qlik Cloud OAuth client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching every run is for a Qlik Sense repository; a Qlik Cloud tenant is not watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify failures of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Qlik Cloud tenant&apos;s certificate is always verified against the trusted CAs: check “Verify the server&apos;s certificate” and remove the pinned certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>Connected: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleReporter</name>
    <message numerus="yes">
        <source> [... %n more character(s) of this line not shown]</source>
        <translation>
            <numerusform> [... %n more character of this line not shown]</numerusform>
            <numerusform> [... %n more characters of this line not shown]</numerusform>
        </translation>
    </message>
    <message>
        <source>started a reload of app %1 (app id %2), reload %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started task %1 (task id %2), session %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: task %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watching every run on %1 (%2) that changed since %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, tasks matching %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, app &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 ended %2 after %3 (session %4%5) - exit code %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 (task id %2) started by trigger &apos;%3&apos; when &apos;%4&apos; ended, session %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task &apos;%1&apos; will not start after %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1: still running (%2), status %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate sign-in refused: check the client certificate (--client-cert, exported from this server&apos;s QMC), the port (the repository&apos;s, 4242) and the user (--user-directory &quot;%1&quot; --user &quot;%2&quot;: active, with rights to start the task)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows sign-in refused: check the virtual proxy (--virtual-proxy, now &quot;%1&quot;; it must offer Windows sign-in), the user (--user, now &quot;%2&quot;) and the password (QLIK_PASSWORD or --password-file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT sign-in refused: check the virtual proxy (--virtual-proxy, now &quot;%1&quot;; it must be a JWT virtual proxy) and the token (QLIK_JWT or --jwt-file): expired, signed with a key the proxy does not know, or naming an unknown user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qlik Cloud refused the API key: check the tenant (--cloud, now %1) and the key (QLIK_API_KEY or --api-key-file): revoked, expired, or of another tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qlik Cloud refused the OAuth client: check the tenant (--cloud, now %1), the client id (--oauth-client-id, now &quot;%2&quot;) and its secret (QLIK_OAUTH_CLIENT_SECRET or --oauth-client-secret-file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not authenticated: check the virtual proxy prefix (--virtual-proxy, now &quot;%1&quot;), the user header name (--user-header, now &quot;%2&quot;) and the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: task %1 was not submitted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate was not accepted: pass its CA certificate with --ca-cert FILE, pin the certificate itself with --pin-sha256 HEX, or use a host name it is made out for in --server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not the one pinned (--pin-sha256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server %1 could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not start the task (disabled, no scheduler available or already running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: task %1: %2 The run goes on on the server (execution session %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: task %1: no answer from the server for longer than the grace period; giving up (last status %2; the run may go on on the server) - exit code %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 ended %2 after %3%4 - exit code %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (stopped after the timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: task %1: timed out with status %2 after %3; not waiting any longer - exit code %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1: the script log is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1: last %2 lines of the script log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1: no script log: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: task %1: timeout reached, stopping the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: task %1: timeout reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: lost contact with the server (%1); retrying, runs go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact with the server is back after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 submitted; not waiting for it to end (--no-wait)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1: interrupted by %2 while it was being submitted; it may still start on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1: interrupted by %2; asking the server to stop the run (session %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1: interrupted by %2; the run goes on on the server (session %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1: the server is stopping the run (session %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: task %1: no answer to the stop request; the run may go on on the server (session %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s): %1 - exit code %2</source>
        <translation>
            <numerusform>%n run: %1 - exit code %2</numerusform>
            <numerusform>%n runs: %1 - exit code %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <source>The demo simulator %1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo simulator stopped (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo simulator ended before it was ready (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopIntegration</name>
    <message>
        <source>Qlik Task Runner: no task running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Qlik Task Runner: %n task(s) running</source>
        <translation>
            <numerusform>Qlik Task Runner: %n task running</numerusform>
            <numerusform>Qlik Task Runner: %n tasks running</numerusform>
        </translation>
    </message>
    <message>
        <source>Qlik Task Runner keeps running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs go on being followed in the tray. To quit, choose Quit in the tray icon&apos;s menu. Settings can make closing the window quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run failed ones again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run failed: open the app to see it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not authenticated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambiguous task name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExitCode</name>
    <message>
        <source>signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes (with several tasks the highest code wins):
    0  every run ended FinishedSuccess
    1  a run ended FinishedFail, Error or Reset
    2  usage error (wrong or missing option)
    3  a run was Aborted
    4  a run was Skipped
    5  timed out (--timeout; the run was stopped if --stop-on-timeout)
    6  lost contact with the server for longer than --unreachable-grace
    7  the server stopped accepting the sign-in while a run was in flight
       (signing in again was refused: a password changed, a token expired);
       the run goes on on the server
  100  a task was not submitted: authentication refused, unknown or ambiguous
       task name, unknown task id, task disabled or not started (zero guid),
       TLS failure, server unreachable at submission
  130  interrupted by SIGINT (Ctrl+C); runs in flight go on on the server
       unless --stop-on-interrupt
  143  terminated by SIGTERM; runs in flight go on on the server unless
       --stop-on-interrupt
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FreedesktopNotifier</name>
    <message>
        <source>There is no D-Bus session bus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification service refused the notification (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Task id: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the server said %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Search the history by task, app, profile, status or message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which finished runs to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the runs shown as a CSV file for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in the history</source>
        <translation>
            <numerusform>%n run in the history</numerusform>
            <numerusform>%n runs in the history</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n run(s) in the history</source>
        <translation>
            <numerusform>%1 of %n run in the history</numerusform>
            <numerusform>%1 of %n runs in the history</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Clear…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every run from the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n run(s) from the history? Expected end times start again from the runs that end from now on.</source>
        <translation>
            <numerusform>Delete the one run from the history? Expected end times start again from the runs that end from now on.</numerusform>
            <numerusform>Delete all %n runs from the history? Expected end times start again from the runs that end from now on.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of finished runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show finished runs of</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginStart</name>
    <message>
        <source>%1 could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Qlik Sense tasks and watch them run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Qlik Task Runner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search runs by task, app, profile or message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only runs with this outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick tasks of the active profile and start them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server to stop the selected runs&apos; tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the selected runs&apos; tasks once more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every finished run from the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Qlik Task Runner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New runs start on this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message>
        <source>No runs yet.
Click “Run task…” to pick tasks and start them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run matches the search and the status filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Qlik Task Runner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Qlik Task Runner %1&lt;/b&gt;&lt;p&gt;Starts Qlik Sense tasks through the Qlik Repository Service and follows them to the end.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected finished runs from the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;task id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the task ids of the selected runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy s&amp;ession id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the execution session ids of the selected runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show script &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch and show the script log of the selected run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Started %n run(s) again.</source>
        <translation>
            <numerusform>Started %n run again.</numerusform>
            <numerusform>Started %n runs again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n run(s).</source>
        <translation>
            <numerusform>Removed %n run.</numerusform>
            <numerusform>Removed %n runs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected run(s) still in flight stayed: stop them or wait for their end.</source>
        <translation>
            <numerusform>%n selected run is still in flight and stayed: stop it or wait for its end.</numerusform>
            <numerusform>%n selected runs are still in flight and stayed: stop them or wait for their end.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>Copied %n row.</numerusform>
            <numerusform>Copied %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n task id(s).</source>
        <translation>
            <numerusform>Copied %n task id.</numerusform>
            <numerusform>Copied %n task ids.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n session id(s).</source>
        <translation>
            <numerusform>Copied %n session id.</numerusform>
            <numerusform>Copied %n session ids.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Follow again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the selected lost runs again: the server had stopped answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Following %n lost run(s) again.</source>
        <translation>
            <numerusform>Following %n lost run again.</numerusform>
            <numerusform>Following %n lost runs again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of the saved settings could not be read. The app goes on with what it could read and deletes nothing it could not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the saved settings could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of the client certificate %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Windows password of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token (JWT) for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop asking the servers about running tasks until resumed; the tasks go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n running, polling paused</source>
        <translation>
            <numerusform>%n running, polling paused</numerusform>
            <numerusform>%n running, polling paused</numerusform>
        </translation>
    </message>
    <message>
        <source>Polling paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That run has left the runs table: the history keeps what its row shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of OAuth client %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watch every run on this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every run on the active profile&apos;s server (scheduled, triggered, started in the hub or the QMC), not only those started here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch every run on this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove fi&amp;nished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://qlik.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opcon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opcon-usr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOMAIN\svc_reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: the system&apos;s trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate verification is off: anyone between you and the server can read and change this connection. Use it for a test server only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pinned certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: any certificate a trusted authority vouches for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the server&apos;s certificate (64 hexadecimal digits, colons optional). That certificate is trusted alone, whoever signed it, and any other one is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate the server presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pins this certificate: it is trusted for this profile alone, and any other certificate is refused. Compare the fingerprint with the one your Qlik administrator gives you first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1
Issued by: %2
Valid: %3
Names: %4
SHA-256:
%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INTERNAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client c&amp;ertificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client.pem or client.pfx exported from the QMC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client_key.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificates (*.pem *.pfx *.p12);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password set when the PFX was exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: the default virtual proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Windows password of that user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JWT the virtual proxy accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored: asked each time the app connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keychain when the profile is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keychain. Type here to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored yet: type it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generated in the tenant under Profile settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a machine-to-machine client of the tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown once when the client was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watch every run on this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every run on the server in the runs table (scheduled, triggered, started in the hub or the QMC), not only those started here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every task; or e.g. task=Nightly*; tag=Finance; stream=Sales; app=*Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which failed runs seen on the server notify you: terms FIELD=PATTERN separated by semicolons, FIELD one of task, tag, stream, app; * and ? are wildcards. Terms of one field are alternatives; different fields must all match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual pro&amp;xy prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User director&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use&amp;r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it in the syste&amp;m keychain (otherwise asked each time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otify failures of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate for this pro&amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use&amp;r id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PF&amp;X password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows us&amp;er</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwo&amp;rd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;ken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth c&amp;lient id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client s&amp;ecret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileSecrets</name>
    <message>
        <source>This profile keeps its secret nowhere: it is asked each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds no secret for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileSession</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connecting to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connected, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connected, %2, watching every run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>There is no profile called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile called &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The active profile in %1 is %2, which is not a profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2, which is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 in %2 could not be read: its name is %3, which is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 in %2 could not be read: it has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 in %2 could not be read: an earlier profile is also called “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“url” is %1, which is not a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“timeoutMs” is %1, which is not a number of milliseconds, so %2 s are used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 (“%2”) in %3 was read in part: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profiles are open read-only here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read in full and no copy of it could be kept, so nothing is written to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2, which is neither true nor false, so %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificates are verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“signIn” is %1, which is not header, certificate, windows, jwt, cloud-api-key or cloud-oauth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server is not watched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret cannot be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The password or token of %2 can be asked each time the app connects instead (it is then kept in memory only while the app runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ask each time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QlikCloudClient</name>
    <message>
        <source>Qlik Cloud was sent %1, but its answer did not say whether it was carried out (%2). The reload may have started: look at the app&apos;s reloads before starting it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its next page is on another server (%1); it was not followed, so the sign-in is not sent there</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>its pages did not end after %n pages</source>
        <translation>
            <numerusform>its pages did not end after %n page</numerusform>
            <numerusform>its pages did not end after %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No app was named to reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reload takes at most %1 variables; %2 were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of variable &apos;%1&apos; is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qlik Cloud accepted the reload, but its answer could not be read (%1): the reload has likely started. Look at the app&apos;s reloads before starting it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the status of %n reloads</source>
        <translation>
            <numerusform>the status of %n reload</numerusform>
            <numerusform>the status of %n reloads</numerusform>
        </translation>
    </message>
    <message>
        <source>Qlik Cloud does not take a filter by reload id (%1); reloads are asked one at a time from now on, a request each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status of reload %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cancel of reload %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script log of reload %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newest reloads of app %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QlikService</name>
    <message numerus="yes">
        <source>%n tasks are named &apos;%1&apos;: %2. Start one of them by its id.</source>
        <translation>
            <numerusform>%n task is named &apos;%1&apos;: %2. Start it by its id.</numerusform>
            <numerusform>%n tasks are named &apos;%1&apos;: %2. Start one of them by its id.</numerusform>
        </translation>
    </message>
    <message>
        <source>Task &apos;%1&apos; is disabled; enable it in the QMC to start it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start of task &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository did not start task &apos;%1&apos;: it answered the empty session id (the task may be disabled or already running, or no scheduler is available).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script log request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of task &apos;%1&apos; was not answered (%2), and the task was already running: whether it started again cannot be told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of task &apos;%1&apos; was not answered (%2), and the repository has no run of it since: the task was not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the start was lost (%1); the repository shows the run it started, which is followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of task &apos;%1&apos; was not answered (%2), and the repository could not be asked whether it started: the run may be going on on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository&apos;s answer to %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[… the first %1 MB of this log are not shown …]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (app &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task has the id %1 on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task is named &apos;%1&apos; on this server (names must match exactly).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrsJson</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is too large (%1 bytes, at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is HTML, not JSON (a login page? check the virtual proxy prefix and the user header name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not valid JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON array of %1, got an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object, got an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not %2 but %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>execution results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start call answered several values instead of a session id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start call answered &apos;%1&apos;, which is not a session id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string or a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>execution sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.ruleState is %2, not 1 or 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>triggers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrsReply</name>
    <message>
        <source>The virtual proxy sent the request to its login page (HTTP %1 to %2) instead of answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an HTML page (usually a login page) where the repository answers JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1 with the unexpected HTTP status %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the virtual proxy prefix %1 and the user header name &apos;%2&apos;: the proxy did not accept user &apos;%3&apos; from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer of %1 exceeded %2 MB, the most this kind of answer may have; it was not read further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took longer than %2 s to answer (%3 bytes came); the request was given up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was cut after %2 bytes of the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presented a certificate with the SHA-256 fingerprint %2, not the one pinned for this profile (%3). Nothing was sent. If the server&apos;s certificate was replaced on purpose, pin the new one; otherwise something between you and the server may be listening in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is made out for %2, not for %3: use one of those names in the server URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2. Trust the server&apos;s certificate authority (CA certificate file) or check the host name in the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To trust this certificate alone for this profile, pin its SHA-256 fingerprint: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection: is the server URL right and the service running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1 was not found: check the server URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error talking to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to authenticate the request (401).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository rejected the request&apos;s cross-site request forgery key (403 XSRF check failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied (403) for user &apos;%1&apos; at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found (404): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is unavailable for now (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed to handle %1 (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request to %1 (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the proxy says the request header is incorrect, use the server&apos;s fully qualified host name in the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository did not accept user %1\%2 named in X-Qlik-User with this client certificate: check that the URL is the repository&apos;s (port 4242), not a virtual proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the virtual proxy prefix %1 (it must offer Windows sign-in), the user &apos;%2&apos; and the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the virtual proxy prefix %1 (it must be a JWT virtual proxy) and the token: it may have expired, be signed with a key the proxy does not know, or name a user the proxy does not map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection as soon as it was opened: the repository did not accept the client certificate. Use the client certificate exported from this server&apos;s QMC (signed by its root certificate), and check that the port is the repository&apos;s (4242).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept the Windows sign-in of %2: the user name or the password is wrong, or the account may not sign in there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual proxy %1 does not offer Windows sign-in to this client: it answered with a forms login page. Use a virtual proxy with Windows authentication whose user agent pattern matches &quot;Windows&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Windows sign-in at %1 did not end after %2 redirects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent the Windows sign-in on to %2: only redirects to the same server are followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the token (401).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrsRequestBuilder</name>
    <message>
        <source>No PEM certificate could be read from %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrsRunServer</name>
    <message>
        <source>Qlik Sense repository %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repository refused a query by modifiedDate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repository&apos;s execution results carry no modifiedDate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>execution result %1 changed (%2 → %3) while its modifiedDate did not move from %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repository dates its execution results (modifiedDate): one request per poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An external program task writes no script log; only reload tasks do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user sync task writes no script log; only reload tasks do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateLimitGate</name>
    <message>
        <source>Held back by the tenant&apos;s rate limit: Qlik Cloud answered 429 (too many requests), so nothing is sent before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Held back by the tenant&apos;s rate limit: at most %n reloads are started a minute.</source>
        <translation>
            <numerusform>Held back by the tenant&apos;s rate limit: at most %n reload is started a minute.</numerusform>
            <numerusform>Held back by the tenant&apos;s rate limit: at most %n reloads are started a minute.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held back by the tenant&apos;s rate limit: at most %n changes are sent a minute.</source>
        <translation>
            <numerusform>Held back by the tenant&apos;s rate limit: at most %n change is sent a minute.</numerusform>
            <numerusform>Held back by the tenant&apos;s rate limit: at most %n changes are sent a minute.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held back by the tenant&apos;s rate limit: at most %n questions are asked a minute.</source>
        <translation>
            <numerusform>Held back by the tenant&apos;s rate limit: at most %n question is asked a minute.</numerusform>
            <numerusform>Held back by the tenant&apos;s rate limit: at most %n questions are asked a minute.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunAnnouncement</name>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is the task&apos;s name, %2 how it ended: &quot;succeeded&quot;, &quot;failed&quot;, &quot;aborted&quot;...</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>profile · status · duration</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) finished, %1 failed</source>
        <translation>
            <numerusform>%n task finished, %1 failed</numerusform>
            <numerusform>%n tasks finished, %1 failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) finished</source>
        <translation>
            <numerusform>%n task finished</numerusform>
            <numerusform>%n tasks finished</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) finished successfully</source>
        <translation>
            <numerusform>%n task finished successfully</numerusform>
            <numerusform>%n tasks finished successfully</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 · %3</source>
        <extracomment>one line per run of a grouped notification: task, outcome, profile</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunDetailsPane</name>
    <message>
        <source>Select a run to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load script log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script log is fetched from the server on demand, and at once for a failed run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script log could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the script log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>script log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save script log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history (as seen by this app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on the server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started on the server yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended on the server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen on the server %1</source>
        <extracomment>%1: when the app first saw a run it did not start</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggered %1</source>
        <extracomment>%1: when the app first saw a run that a trigger started</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message>
        <source>The run history %1 cannot be read (%2) and cannot be moved aside (%3): no history is kept in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run history could not be read (%1). It was moved aside to %2 and a new history was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new run history cannot be used either (%1): no history is kept in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run history %1 cannot be opened (%2): no history is kept in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQLite driver of Qt is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 cannot be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run history %1 was written by a newer version of this app (format %2; this version knows up to %3). It is left as it is and no history is kept in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run history could not be read in full (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run history cannot be written (%1): finished runs are not kept until it can.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunJournal</name>
    <message numerus="yes">
        <source>%n with values that could not be read</source>
        <translation>
            <numerusform>%n with values that could not be read</numerusform>
            <numerusform>%n with values that could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a profile</source>
        <translation>
            <numerusform>%n without a profile</numerusform>
            <numerusform>%n without a profile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n whose session id is not a guid</source>
        <translation>
            <numerusform>%n whose session id is not a guid</numerusform>
            <numerusform>%n whose session id is not a guid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n whose task id is not a guid</source>
        <translation>
            <numerusform>%n whose task id is not a guid</numerusform>
            <numerusform>%n whose task id is not a guid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n whose start time is not a date</source>
        <translation>
            <numerusform>%n whose start time is not a date</numerusform>
            <numerusform>%n whose start time is not a date</numerusform>
        </translation>
    </message>
    <message>
        <source>runs in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in flight kept in %1 could not be read and are no longer followed: %2.</source>
        <translation>
            <numerusform>%n run in flight kept in %1 could not be read and is no longer followed: %2.</numerusform>
            <numerusform>%n runs in flight kept in %1 could not be read and are no longer followed: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tasks: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunStyle</name>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for its trigger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunSupervisor</name>
    <message>
        <source>note: asking for every run by its session id from now on (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: requests go out again (no rate limit holds them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: could not stop task %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run has no execution result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout passed while it was being fetched; not waiting for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted by %1 while it was being fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunTracker</name>
    <message>
        <source>The server has no record of this run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server has answered for %1 without any record of session %2 (grace period %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the records of session %2 have been gone for %1 (grace period %3); the server may have been restarted without its sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost contact: the server has not answered for %1 (grace period %2). Last error: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunsFilterProxy</name>
    <message>
        <source>All runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: usually %1</source>
        <extracomment>%1: how long the task usually takes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1</source>
        <extracomment>the expected time of a run&apos;s end</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually takes %1 (the median of its last successful runs); running for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · chain running</source>
        <extracomment>%1: the run&apos;s own status; the runs its end started still run</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · chain succeeded</source>
        <extracomment>%1: the run&apos;s own status; everything its end started succeeded</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · chain failed</source>
        <extracomment>%1: the run&apos;s own status; something its end started failed or will not start</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Chain: %n run(s)</source>
        <translation>
            <numerusform>Chain: %n run</numerusform>
            <numerusform>Chain: %n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n running</source>
        <translation>
            <numerusform>, %n running</numerusform>
            <numerusform>, %n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n trigger(s) will not start</source>
        <translation>
            <numerusform>; %n trigger will not start</numerusform>
            <numerusform>; %n triggers will not start</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n trigger(s) waiting</source>
        <translation>
            <numerusform>; %n trigger waiting</numerusform>
            <numerusform>; %n triggers waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Trigger “%2” on the end of “%3”</source>
        <extracomment>%1: a task; %2: its trigger; %3: the task whose end met the trigger</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen on the server: started by a schedule, a trigger or somebody else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by a trigger on the end of another task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by a trigger when “%1” ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by trigger “%1” when “%2” ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>Production (scheduler)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production (repository)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production (my account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production (automation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qlik Cloud (my key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qlik Cloud (scheduler)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerWatch</name>
    <message>
        <source>This server cannot tell every run that changed on it: watching needs a Qlik Sense repository that dates its execution results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching stopped: the server can no longer be asked for the runs that changed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsCheck</name>
    <message>
        <source>an unreadable value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a well-formed settings file: parts of it were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a well-formed settings file: %n line(s) could not be read and were skipped: %2.</source>
        <translation>
            <numerusform>%1 is not a well-formed settings file: %n line could not be read and was skipped: %2.</numerusform>
            <numerusform>%1 is not a well-formed settings file: %n lines could not be read and were skipped: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list of %1 in %2 has no size: the file may have been cut short. %n entry(s) found were read.</source>
        <translation>
            <numerusform>The list of %1 in %2 has no size: the file may have been cut short. %n entry found was read.</numerusform>
            <numerusform>The list of %1 in %2 has no size: the file may have been cut short. %n entries found were read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list of %1 in %2 gives its size as %3, which is not a number. %n entry(s) found were read.</source>
        <translation>
            <numerusform>The list of %1 in %2 gives its size as %3, which is not a number. %n entry found was read.</numerusform>
            <numerusform>The list of %1 in %2 gives its size as %3, which is not a number. %n entries found were read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list of %1 in %2 should hold %3 entries but %n were found and read.</source>
        <translation>
            <numerusform>The list of %1 in %2 should hold %3 entries but %n was found and read.</numerusform>
            <numerusform>The list of %1 in %2 should hold %3 entries but %n were found and read.</numerusform>
        </translation>
    </message>
    <message>
        <source>it is not a file that can be copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file as it was is saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy of %1 could be saved (%2), so the app writes nothing to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Poll running tasks every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finished runs to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often running tasks are checked; applies at once to every profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at &amp;login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the app when you log in to this desktop (a freedesktop autostart entry: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;history for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For ever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notify about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closing the window keeps the app in the system tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished runs older than this leave the history; 0 keeps them for ever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every finished run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed runs only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which finished runs a desktop notification tells about. Runs that end together make one notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language shows when the app starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskBrowserDialog</name>
    <message>
        <source>Run tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by task, app, stream or tag, or paste a task id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run tasks on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n disabled (greyed out)</source>
        <translation>
            <numerusform>, %n disabled (greyed out)</numerusform>
            <numerusform>, %n disabled (greyed out)</numerusform>
        </translation>
    </message>
    <message>
        <source>The tasks could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the tasks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Run %n tasks</source>
        <translation>
            <numerusform>Run %n task</numerusform>
            <numerusform>Run %n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>List the tasks again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload apps on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by app or space, or paste an app id</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation>
            <numerusform>%n app</numerusform>
            <numerusform>%n apps</numerusform>
        </translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskFilter</name>
    <message>
        <source>&apos;%1&apos; is not FIELD=PATTERN with FIELD one of task, tag, stream, app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the pattern is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRef</name>
    <message>
        <source>task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>Never started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished successfully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed, retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <source>%1 (disabled: cannot be started)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unpublished)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(personal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextFormat</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more…</source>
        <translation>
            <numerusform>and %n more…</numerusform>
            <numerusform>and %n more…</numerusform>
        </translation>
    </message>
    <message>
        <source>Recently finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>a run in the tray menu: task · status · duration</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchSupervisor</name>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: --timeout passed; the watch ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: cannot watch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: the server no longer accepts the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: no answer from the server for %1 (grace period %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Demo (simulator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo simulator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile yet: add one under Profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active profile: choose one in the toolbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting the secret of %1 from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not connected: its password or token was not given. Choose the profile again to give it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No profile is chosen to start %n task(s) on.</source>
        <translation>
            <numerusform>No profile is chosen to start %n task on.</numerusform>
            <numerusform>No profile is chosen to start %n tasks on.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no profile called “%1”; profiles: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qlik Cloud demo (simulator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile is active.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start Qlik Sense tasks and watch them run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on the demo profile (the bundled simulator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer option: run a few tasks, save screenshots into &lt;directory&gt; and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep settings in this INI file instead of the user&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile the --run tasks start on (default: the active one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start this task (id or exact name); repeatable. In the app already running, when there is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; has no secret in the keychain (save it in the desktop app), or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &apos;%1&apos;: %2 Instead, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qlik-task: warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qlik-task %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qlik-task: %1
Try &apos;qlik-task --help&apos; for more information.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
