<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>AppSettings</name>
    <message>
        <source>The setting “%1” in %2 is %3, which is neither true nor false, so %4 is used.</source>
        <translation>Die Einstellung „%1“ in %2 hat den Wert %3, der weder true noch false ist; daher wird %4 verwendet.</translation>
    </message>
    <message>
        <source>The setting “%1” in %2 is %3, which is not a whole number, so %4 is used.</source>
        <translation>Die Einstellung „%1“ in %2 hat den Wert %3, der keine ganze Zahl ist; daher wird %4 verwendet.</translation>
    </message>
    <message>
        <source>The setting “%1” in %2 could not be read, so the default is used.</source>
        <translation>Die Einstellung „%1“ in %2 konnte nicht gelesen werden; daher wird der Standardwert verwendet.</translation>
    </message>
</context>
<context>
    <name>BearerToken</name>
    <message>
        <source>The token expired on %1: the proxy will refuse it. Get a new one.</source>
        <translation>Das Token ist am %1 abgelaufen: Der Proxy wird es ablehnen. Besorgen Sie ein neues Token.</translation>
    </message>
    <message>
        <source>The token expires on %1 (in %2): runs that go on longer lose their sign-in then.</source>
        <translation>Das Token läuft am %1 ab (in %2): Ausführungen, die länger dauern, verlieren dann ihre Anmeldung.</translation>
    </message>
</context>
<context>
    <name>CertificateProbe</name>
    <message>
        <source>the server presented no certificate</source>
        <translation>der Server hat kein Zertifikat vorgelegt</translation>
    </message>
    <message>
        <source>no TLS handshake within the request timeout</source>
        <translation>kein TLS-Handshake innerhalb des Zeitlimits für Anfragen</translation>
    </message>
</context>
<context>
    <name>ChainFollower</name>
    <message>
        <source>succeed</source>
        <translation>erfolgreich endet</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>fehlschlägt</translation>
    </message>
    <message>
        <source>this server cannot tell the runs it starts by itself</source>
        <translation>dieser Server kann die Ausführungen, die er selbst startet, nicht melden</translation>
    </message>
    <message>
        <source>the triggers on %1 could not be read: %2</source>
        <translation>die Trigger von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>its trigger &quot;%1&quot; is disabled</source>
        <translation>ihr Trigger „%1“ ist deaktiviert</translation>
    </message>
    <message>
        <source>the task is disabled</source>
        <translation>die Aufgabe ist deaktiviert</translation>
    </message>
    <message>
        <source>its trigger waits for %1 to end</source>
        <translation>ihr Trigger wartet auf das Ende von %1</translation>
    </message>
    <message>
        <source>its trigger &quot;%1&quot; also needs &quot;%2&quot; to %3 within %4, which did not happen</source>
        <translation>ihr Trigger „%1“ verlangt außerdem, dass „%2“ innerhalb von %4 %3; das ist nicht geschehen</translation>
    </message>
    <message>
        <source>waits for the task to start</source>
        <translation>wartet auf den Start der Aufgabe</translation>
    </message>
    <message>
        <source>this server cannot be asked for the runs that changed (%1), so the runs its triggers start cannot be seen</source>
        <translation>dieser Server kann nicht nach geänderten Ausführungen abgefragt werden (%1); die Ausführungen, die seine Trigger starten, sind daher nicht sichtbar</translation>
    </message>
    <message>
        <source>every rule of its trigger was met, but the task did not start within %1</source>
        <translation>alle Regeln ihres Triggers waren erfüllt, aber die Aufgabe ist nicht innerhalb von %1 gestartet</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>it is larger than %1 KiB</source>
        <translation>sie ist größer als %1 KiB</translation>
    </message>
    <message>
        <source>the file &apos;%1&apos; does not exist</source>
        <translation>die Datei „%1“ existiert nicht</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a file</source>
        <translation>„%1“ ist keine Datei</translation>
    </message>
    <message>
        <source>cannot read the file &apos;%1&apos;</source>
        <translation>die Datei „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the file &apos;%1&apos; holds no PEM certificate (a &quot;-----BEGIN CERTIFICATE-----&quot; block)</source>
        <translation>die Datei „%1“ enthält kein PEM-Zertifikat (keinen Block &quot;-----BEGIN CERTIFICATE-----&quot;)</translation>
    </message>
    <message>
        <source>--profile: there is no saved profile called &apos;%1&apos; (no profile is saved; add one in the desktop app Qlik Task Runner)</source>
        <translation>--profile: es gibt kein gespeichertes Profil namens „%1“ (es ist kein Profil gespeichert; legen Sie eines in der Desktop-Anwendung Qlik Task Runner an)</translation>
    </message>
    <message>
        <source>--profile: there is no saved profile called &apos;%1&apos;; saved profiles: %2</source>
        <translation>--profile: es gibt kein gespeichertes Profil namens „%1“; gespeicherte Profile: %2</translation>
    </message>
    <message>
        <source>Starts Qlik Sense tasks through the Qlik Repository Service (QRS), or reloads Qlik Cloud apps through the Reloads API, and waits for them to end; the exit code tells how they ended.</source>
        <translation>Startet Qlik Sense-Aufgaben über den Qlik Repository Service (QRS) oder lädt Qlik Cloud-Apps über die Reloads API neu und wartet auf deren Ende; der Exit-Code gibt an, wie sie geendet haben.</translation>
    </message>
    <message>
        <source>Connection profile saved by the desktop app Qlik Task Runner. --server, --auth, --virtual-proxy, --user-header, --user, --user-directory, --client-cert, --client-key, --ca-cert, --pin-sha256 and --insecure override its fields.</source>
        <translation>In der Desktop-Anwendung Qlik Task Runner gespeichertes Verbindungsprofil. --server, --auth, --virtual-proxy, --user-header, --user, --user-directory, --client-cert, --client-key, --ca-cert, --pin-sha256 und --insecure überschreiben seine Felder.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Qlik Sense server, e.g. https://qlik.acme.com[:port].</source>
        <translation>Qlik Sense-Server, z. B. https://qlik.acme.com[:Port].</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>How to sign in: header (a header-authenticated virtual proxy; the default), certificate (the repository itself on port 4242 with the client certificate exported from the QMC), windows (NTLM through a virtual proxy) or jwt (a JWT virtual proxy).</source>
        <translation>Art der Anmeldung: header (virtueller Proxy mit Header-Authentifizierung; Standard), certificate (direkt am Repository auf Port 4242 mit dem aus der QMC exportierten Clientzertifikat), windows (NTLM über einen virtuellen Proxy) oder jwt (virtueller JWT-Proxy).</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHODE</translation>
    </message>
    <message>
        <source>Prefix of the virtual proxy (default: %1 for header sign-in, none for windows and jwt; &quot;&quot; for the default proxy; certificate sign-in uses none).</source>
        <translation>Präfix des virtuellen Proxys (Standard: %1 bei Anmeldung per Header, keines bei windows und jwt; &quot;&quot; für den Standard-Proxy; die Anmeldung per Zertifikat verwendet keines).</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PRÄFIX</translation>
    </message>
    <message>
        <source>Name of the header that carries the user id (default: %1).</source>
        <translation>Name des Headers, der die Benutzer-ID überträgt (Standard: %1).</translation>
    </message>
    <message>
        <source>Header: the user id sent in the user header, e.g. user@acme.com or ACME\svc_reload. Certificate: X-Qlik-User&apos;s UserId, e.g. sa_api. Windows: DOMAIN\user.</source>
        <translation>Header: die im Benutzer-Header gesendete Benutzer-ID, z. B. user@acme.com oder ACME\svc_reload. Zertifikat: UserId von X-Qlik-User, z. B. sa_api. Windows: DOMÄNE\benutzer.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>Certificate: X-Qlik-User&apos;s UserDirectory, e.g. INTERNAL.</source>
        <translation>Zertifikat: UserDirectory von X-Qlik-User, z. B. INTERNAL.</translation>
    </message>
    <message>
        <source>DIRECTORY</source>
        <translation>VERZEICHNIS</translation>
    </message>
    <message>
        <source>Certificate: the client certificate exported from the QMC: client.pem (with --client-key) or client.pfx/.p12 (its password in QLIK_PFX_PASSWORD or --pfx-password-file).</source>
        <translation>Zertifikat: das aus der QMC exportierte Clientzertifikat: client.pem (mit --client-key) oder client.pfx/.p12 (dessen Passwort in QLIK_PFX_PASSWORD oder --pfx-password-file).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Certificate: the PEM key of a PEM client certificate (client_key.pem).</source>
        <translation>Zertifikat: der PEM-Schlüssel eines PEM-Clientzertifikats (client_key.pem).</translation>
    </message>
    <message>
        <source>Certificate: file holding the PFX password (instead of QLIK_PFX_PASSWORD).</source>
        <translation>Zertifikat: Datei mit dem PFX-Passwort (statt QLIK_PFX_PASSWORD).</translation>
    </message>
    <message>
        <source>Windows: file holding the password (instead of QLIK_PASSWORD).</source>
        <translation>Windows: Datei mit dem Passwort (statt QLIK_PASSWORD).</translation>
    </message>
    <message>
        <source>JWT: file holding the token (instead of QLIK_JWT).</source>
        <translation>JWT: Datei mit dem Token (statt QLIK_JWT).</translation>
    </message>
    <message>
        <source>Qlik Cloud tenant, e.g. https://acme.eu.qlikcloud.com: reload apps (--app) there instead of starting repository tasks. Signs in with an API key (QLIK_API_KEY or --api-key-file) or an OAuth machine-to-machine client (--oauth-client-id and QLIK_OAUTH_CLIENT_SECRET or --oauth-client-secret-file).</source>
        <translation>Qlik Cloud-Mandant, z. B. https://acme.eu.qlikcloud.com: dort Apps (--app) neu laden, statt Repository-Aufgaben zu starten. Die Anmeldung erfolgt mit einem API-Schlüssel (QLIK_API_KEY oder --api-key-file) oder einem Machine-to-Machine-OAuth-Client (--oauth-client-id und QLIK_OAUTH_CLIENT_SECRET oder --oauth-client-secret-file).</translation>
    </message>
    <message>
        <source>Qlik Cloud: the app to reload, by id or exact name. Repeat it to reload several apps together.</source>
        <translation>Qlik Cloud: die neu zu ladende App, per ID oder exaktem Namen. Mehrfach angeben, um mehrere Apps gemeinsam neu zu laden.</translation>
    </message>
    <message>
        <source>APP</source>
        <translation>APP</translation>
    </message>
    <message>
        <source>Qlik Cloud: a partial reload.</source>
        <translation>Qlik Cloud: teilweises Laden.</translation>
    </message>
    <message>
        <source>Qlik Cloud: a script variable for the reload; repeat it for more (at most %1).</source>
        <translation>Qlik Cloud: eine Skriptvariable für den Ladevorgang; für weitere mehrfach angeben (höchstens %1).</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NAME=WERT</translation>
    </message>
    <message>
        <source>Qlik Cloud: file holding the API key (instead of QLIK_API_KEY).</source>
        <translation>Qlik Cloud: Datei mit dem API-Schlüssel (statt QLIK_API_KEY).</translation>
    </message>
    <message>
        <source>Qlik Cloud: the id of an OAuth machine-to-machine client.</source>
        <translation>Qlik Cloud: die ID eines Machine-to-Machine-OAuth-Clients.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Qlik Cloud: file holding the OAuth client&apos;s secret (instead of QLIK_OAUTH_CLIENT_SECRET).</source>
        <translation>Qlik Cloud: Datei mit dem geheimen Clientschlüssel des OAuth-Clients (statt QLIK_OAUTH_CLIENT_SECRET).</translation>
    </message>
    <message>
        <source>Task to start: a GUID is a task id, anything else an exact task name. Repeat it to start several tasks together (a task given twice is started once).</source>
        <translation>Zu startende Aufgabe: Eine GUID gilt als Aufgaben-ID, alles andere als exakter Aufgabenname. Mehrfach angeben, um mehrere Aufgaben gemeinsam zu starten (eine doppelt angegebene Aufgabe wird einmal gestartet).</translation>
    </message>
    <message>
        <source>TASK</source>
        <translation>AUFGABE</translation>
    </message>
    <message>
        <source>Seconds between status checks; fractions allowed, minimum 0.2, maximum 86400 (a day; default 5).</source>
        <translation>Sekunden zwischen Statusabfragen; Dezimalwerte erlaubt, Minimum 0.2, Maximum 86400 (ein Tag; Standard 5).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Give up waiting after this many seconds (default 0: no limit).</source>
        <translation>Warten nach so vielen Sekunden aufgeben (Standard 0: unbegrenzt).</translation>
    </message>
    <message>
        <source>When --timeout passes, stop the tasks still running.</source>
        <translation>Wenn --timeout abläuft, die noch laufenden Aufgaben anhalten.</translation>
    </message>
    <message>
        <source>On Ctrl+C (SIGINT) or SIGTERM, ask the server to stop the tasks still running (waiting at most %1 s for its answers) before exiting. Without it they go on.</source>
        <translation>Bei Strg+C (SIGINT) oder SIGTERM vor dem Beenden den Server bitten, die noch laufenden Aufgaben anzuhalten (höchstens %1 s Wartezeit auf seine Antworten). Ohne diese Option laufen sie weiter.</translation>
    </message>
    <message>
        <source>Exit as soon as every task was accepted by the server (not with --timeout, --stop-on-timeout or --stop-on-interrupt).</source>
        <translation>Beenden, sobald der Server jede Aufgabe angenommen hat (nicht mit --timeout, --stop-on-timeout oder --stop-on-interrupt).</translation>
    </message>
    <message>
        <source>Also follow the runs that the tasks&apos; ends start through task-event triggers, down the whole chain, and wait for all of them; the exit code covers every run. A trigger that cannot fire is reported, not waited for.</source>
        <translation>Auch die Ausführungen verfolgen, die beim Ende der Aufgaben über Aufgabenereignis-Trigger gestartet werden – die ganze Kette entlang – und auf alle warten; der Exit-Code berücksichtigt jede Ausführung. Ein Trigger, der nicht auslösen kann, wird gemeldet statt abgewartet.</translation>
    </message>
    <message>
        <source>watch: also print the runs that changed this long before the watch began: seconds, or a number with s, m, h or d (e.g. 15m, 2h; default 0).</source>
        <translation>watch: auch die Ausführungen ausgeben, die sich so lange vor Beginn der Beobachtung geändert haben: Sekunden oder eine Zahl mit s, m, h oder d (z. B. 15m, 2h; Standard 0).</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>watch: print only the runs of tasks that match FIELD=PATTERN, FIELD one of task, tag, stream, app; * and ? are wildcards, case does not matter. Repeat it: terms of one field are alternatives, different fields must all match.</source>
        <translation>watch: nur die Ausführungen von Aufgaben ausgeben, die FELD=MUSTER entsprechen, mit FELD aus task, tag, stream, app; * und ? sind Platzhalter, Groß-/Kleinschreibung spielt keine Rolle. Mehrfach angeben: Angaben zum selben Feld sind Alternativen, verschiedene Felder müssen alle zutreffen.</translation>
    </message>
    <message>
        <source>FIELD=PATTERN</source>
        <translation>FELD=MUSTER</translation>
    </message>
    <message>
        <source>watch: exit at the first run that fails, is aborted or is lost, with the exit code of that run.</source>
        <translation>watch: bei der ersten Ausführung, die fehlschlägt, abgebrochen wird oder verloren geht, mit deren Exit-Code beenden.</translation>
    </message>
    <message>
        <source>PEM file of certificates to trust in addition to the system&apos;s (e.g. the server&apos;s root.pem).</source>
        <translation>PEM-Datei mit Zertifikaten, denen zusätzlich zu denen des Systems vertraut wird (z. B. die root.pem des Servers).</translation>
    </message>
    <message>
        <source>Trust only the server certificate with this SHA-256 fingerprint (64 hex digits, colons optional), whoever signed it; any other certificate is refused.</source>
        <translation>Nur dem Serverzertifikat mit diesem SHA-256-Fingerabdruck vertrauen (64 Hexadezimalziffern, Doppelpunkte optional), unabhängig vom Aussteller; jedes andere Zertifikat wird abgelehnt.</translation>
    </message>
    <message>
        <source>HEX</source>
        <translation>HEX</translation>
    </message>
    <message>
        <source>Do not verify the server&apos;s certificate (not recommended; warns on stderr).</source>
        <translation>Das Serverzertifikat nicht prüfen (nicht empfohlen; gibt eine Warnung auf stderr aus).</translation>
    </message>
    <message>
        <source>Keep following runs while the server does not answer for up to this many seconds (default 600).</source>
        <translation>Ausführungen weiter verfolgen, solange der Server höchstens so viele Sekunden lang nicht antwortet (Standard 600).</translation>
    </message>
    <message>
        <source>Seconds between &quot;still running&quot; lines (default 60).</source>
        <translation>Sekunden zwischen „läuft noch“-Zeilen (Standard 60).</translation>
    </message>
    <message>
        <source>Print one JSON object per finished run on stdout; the progress lines then go to stderr.</source>
        <translation>Pro abgeschlossener Ausführung ein JSON-Objekt auf stdout ausgeben; die Fortschrittszeilen gehen dann an stderr.</translation>
    </message>
    <message>
        <source>Print only errors and the final summary line.</source>
        <translation>Nur Fehler und die abschließende Zusammenfassung ausgeben.</translation>
    </message>
    <message>
        <source>Show this help, including the exit codes.</source>
        <translation>Diese Hilfe einschließlich der Exit-Codes anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Print the names of the profiles saved by the desktop app, one per line, and exit.</source>
        <translation>Die Namen der in der Desktop-Anwendung gespeicherten Profile ausgeben, einen pro Zeile, und beenden.</translation>
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
        <translation>
Skriptkompatible Optionen (QlikSubmitTask.ps1; ein Bindestrich, beliebige
Groß-/Kleinschreibung, auch -Name:Wert):
  -serverUrl URL             wie --server
  -QlikUser BENUTZER         wie --user
  -TaskId AUFGABE            wie --task
  -PollingInterval SEKUNDEN  wie --poll-interval
  Der virtuelle Proxy „%1“ und der Header „%2“ des Skripts sind die Standardwerte.
</translation>
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
        <translation>
Ausgabe:
  Fortschrittszeilen (lokale Zeit nach ISO 8601 mit UTC-Versatz) gehen an stdout;
  mit --json gehen sie an stderr, und stdout enthält nur JSON-Objekte, eines pro
  Zeile und Ausführung. Aufruffehler und Warnungen zu Optionen gehen an stderr. Die
  Zertifikatsprüfung ist aktiv, sofern nicht --insecure angegeben ist. Steuerzeichen
  in Aufgabennamen, Meldungen und Skriptprotokollen werden maskiert angezeigt
  (\n, \e, \x07); das JSON enthält den exakten Text.

Unterbrechen:
  Bei Strg+C (SIGINT) oder SIGTERM gibt qlik-task je noch laufender Ausführung eine
  Zeile aus (sie läuft auf dem Server weiter; Aufgaben- und Sitzungs-ID), dann die
  Zusammenfassung, und beendet sich mit 130 (SIGINT) bzw. 143 (SIGTERM). Mit
  --stop-on-interrupt bittet es zuvor den Server, diese Ausführungen anzuhalten.
  Ein zweites Signal beendet es sofort. Waren alle Ausführungen schon beendet (es
  wurde nur noch ein Skriptprotokoll abgerufen), bleibt deren Exit-Code erhalten.

Server beobachten:
  qlik-task watch [--since DAUER] [--filter FELD=MUSTER]... [--json]
                  [--fail-fast] [--timeout SEKUNDEN] sowie die Verbindungsoptionen
  gibt jede Ausführung aus, die auf dem Server endet (geplant, durch Trigger
  ausgelöst, im Hub oder in der QMC gestartet), je als Zeile oder JSON-Objekt, bis
  zur Unterbrechung; dann endet es mit 0. Mit --fail-fast endet es bei der ersten
  fehlgeschlagenen Ausführung mit deren Code; --timeout beendet die Beobachtung
  mit 0. Voraussetzung ist ein Repository, das seine Ausführungsergebnisse datiert
  (modifiedDate).

</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (tasks are given with --task)</source>
        <translation>unerwartetes Argument „%1“ (Aufgaben werden mit --task angegeben)</translation>
    </message>
    <message>
        <source>--%1 is for &apos;qlik-task watch&apos;</source>
        <translation>--%1 gilt nur für &apos;qlik-task watch&apos;</translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation>--%1 ist mehrfach angegeben</translation>
    </message>
    <message>
        <source>--server and --cloud cannot be combined: one names a client-managed server, the other a Qlik Cloud tenant</source>
        <translation>--server und --cloud können nicht kombiniert werden: Die eine Option gibt einen selbst verwalteten Server (Client-Managed) an, die andere einen Qlik Cloud-Mandanten</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a server URL such as https://qlik.acme.com</source>
        <translation>%1: „%2“ ist keine Server-URL wie https://qlik.acme.com</translation>
    </message>
    <message>
        <source>--cloud: give only scheme and host of the tenant (e.g. https://acme.eu.qlikcloud.com)</source>
        <translation>--cloud: nur Schema und Host des Mandanten angeben (z. B. https://acme.eu.qlikcloud.com)</translation>
    </message>
    <message>
        <source>--server: give only scheme, host and port (e.g. https://qlik.acme.com); the virtual proxy goes in --virtual-proxy</source>
        <translation>--server: nur Schema, Host und Port angeben (z. B. https://qlik.acme.com); der virtuelle Proxy gehört in --virtual-proxy</translation>
    </message>
    <message>
        <source>no server given (--server URL, -serverUrl URL, --cloud URL or --profile NAME)</source>
        <translation>kein Server angegeben (--server URL, -serverUrl URL, --cloud URL oder --profile NAME)</translation>
    </message>
    <message>
        <source>--task starts repository tasks; on Qlik Cloud give the app to reload with --app ID-OR-NAME</source>
        <translation>--task startet Repository-Aufgaben; geben Sie bei Qlik Cloud die neu zu ladende App mit --app ID-ODER-NAME an</translation>
    </message>
    <message>
        <source>--%1 is for Qlik Cloud reloads: give the tenant with --cloud URL</source>
        <translation>--%1 gilt für Ladevorgänge in Qlik Cloud: Geben Sie den Mandanten mit --cloud URL an</translation>
    </message>
    <message>
        <source>no app given (--app ID-OR-NAME)</source>
        <translation>keine App angegeben (--app ID-ODER-NAME)</translation>
    </message>
    <message>
        <source>no task given (--task ID-OR-NAME or -TaskId ID)</source>
        <translation>keine Aufgabe angegeben (--task ID-ODER-NAME oder -TaskId ID)</translation>
    </message>
    <message>
        <source>--app: an app id or name must not be empty</source>
        <translation>--app: App-ID bzw. App-Name darf nicht leer sein</translation>
    </message>
    <message>
        <source>--task: a task id or name must not be empty</source>
        <translation>--task: Aufgaben-ID bzw. Aufgabenname darf nicht leer sein</translation>
    </message>
    <message numerus="yes">
        <source>warning: %1 is given %n times; it is started once</source>
        <translation>
            <numerusform>Warnung: %1 ist %n-mal angegeben, wird aber nur einmal gestartet</numerusform>
            <numerusform>Warnung: %1 ist %n-mal angegeben, wird aber nur einmal gestartet</numerusform>
        </translation>
    </message>
    <message>
        <source>--poll-interval: %1 is above the maximum of 86400 seconds (a day)</source>
        <translation>--poll-interval: %1 liegt über dem Maximum von 86400 Sekunden (ein Tag)</translation>
    </message>
    <message>
        <source>--poll-interval: &apos;%1&apos; is not a number of seconds</source>
        <translation>--poll-interval: „%1“ ist keine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>--poll-interval: %1 is below the minimum of 0.2 seconds</source>
        <translation>--poll-interval: %1 liegt unter dem Minimum von 0.2 Sekunden</translation>
    </message>
    <message>
        <source>--timeout: %1 is above the maximum of 366 days (0 for no limit)</source>
        <translation>--timeout: %1 liegt über dem Maximum von 366 Tagen (0 für unbegrenzt)</translation>
    </message>
    <message>
        <source>--timeout: &apos;%1&apos; is not a number of seconds (0 for no limit)</source>
        <translation>--timeout: „%1“ ist keine Anzahl Sekunden (0 für unbegrenzt)</translation>
    </message>
    <message>
        <source>--no-wait cannot be combined with %1: --no-wait does not wait for the tasks to end</source>
        <translation>--no-wait kann nicht mit %1 kombiniert werden: --no-wait wartet nicht auf das Ende der Aufgaben</translation>
    </message>
    <message>
        <source>--follow-chain cannot be combined with --no-wait: it waits for the whole chain</source>
        <translation>--follow-chain kann nicht mit --no-wait kombiniert werden: Es wartet auf die ganze Kette</translation>
    </message>
    <message>
        <source>--follow-chain: Qlik Cloud has no task-event triggers to follow</source>
        <translation>--follow-chain: Qlik Cloud hat keine Aufgabenereignis-Trigger, die verfolgt werden könnten</translation>
    </message>
    <message>
        <source>--stop-on-timeout needs --timeout SECONDS</source>
        <translation>--stop-on-timeout erfordert --timeout SEKUNDEN</translation>
    </message>
    <message>
        <source>--unreachable-grace: %1 is above the maximum of 366 days</source>
        <translation>--unreachable-grace: %1 liegt über dem Maximum von 366 Tagen</translation>
    </message>
    <message>
        <source>--unreachable-grace: &apos;%1&apos; is not a number of seconds</source>
        <translation>--unreachable-grace: „%1“ ist keine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>--still-running-interval: &apos;%1&apos; is not a number of seconds &gt;= 1</source>
        <translation>--still-running-interval: „%1“ ist keine Anzahl Sekunden &gt;= 1</translation>
    </message>
    <message>
        <source>--ca-cert: %1</source>
        <translation>--ca-cert: %1</translation>
    </message>
    <message>
        <source>--pin-sha256: &apos;%1&apos; is not a SHA-256 fingerprint (64 hexadecimal digits, colons optional)</source>
        <translation>--pin-sha256: „%1“ ist kein SHA-256-Fingerabdruck (64 Hexadezimalziffern, Doppelpunkte optional)</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos;: %2</source>
        <translation>Profil „%1“: %2</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos;: CA certificate: %2</source>
        <translation>Profil „%1“: CA-Zertifikat: %2</translation>
    </message>
    <message>
        <source>warning: --insecure: the server&apos;s certificate is not verified; anyone between this machine and %1 can read and change the traffic</source>
        <translation>Warnung: --insecure: das Serverzertifikat wird nicht geprüft; jeder zwischen diesem Rechner und %1 kann den Datenverkehr mitlesen und verändern</translation>
    </message>
    <message>
        <source>warning: profile &apos;%1&apos; does not verify the server&apos;s certificate; anyone between this machine and %2 can read and change the traffic</source>
        <translation>Warnung: Profil „%1“ prüft das Serverzertifikat nicht; jeder zwischen diesem Rechner und %2 kann den Datenverkehr mitlesen und verändern</translation>
    </message>
    <message>
        <source>warning: %1 is plain http: the user header %2 with the user id, and everything else, go unencrypted; anyone between this machine and %3 can read and change the traffic (use https://)</source>
        <translation>Warnung: %1 ist unverschlüsseltes http: Der Benutzer-Header %2 mit der Benutzer-ID und alles andere werden unverschlüsselt übertragen; jeder zwischen diesem Rechner und %3 kann den Datenverkehr mitlesen und verändern (verwenden Sie https://)</translation>
    </message>
    <message>
        <source>warning: %1 is plain http: the sign-in and everything else go unencrypted; anyone between this machine and %2 can read and change the traffic, and take over the session (use https://)</source>
        <translation>Warnung: %1 ist unverschlüsseltes http: Die Anmeldung und alles andere werden unverschlüsselt übertragen; jeder zwischen diesem Rechner und %2 kann den Datenverkehr mitlesen und verändern und die Sitzung übernehmen (verwenden Sie https://)</translation>
    </message>
    <message>
        <source>--client-cert: %1</source>
        <translation>--client-cert: %1</translation>
    </message>
    <message>
        <source>--auth: &apos;%1&apos; is not header, certificate, windows, jwt, cloud-api-key or cloud-oauth</source>
        <translation>--auth: „%1“ ist keiner der Werte header, certificate, windows, jwt, cloud-api-key oder cloud-oauth</translation>
    </message>
    <message>
        <source>--auth %1 is not a way into Qlik Cloud: use cloud-api-key or cloud-oauth with --cloud</source>
        <translation>--auth %1 ist keine Anmeldeart für Qlik Cloud: Verwenden Sie cloud-api-key oder cloud-oauth mit --cloud</translation>
    </message>
    <message>
        <source>--auth %1 signs in to Qlik Cloud: give the tenant with --cloud URL</source>
        <translation>--auth %1 meldet sich bei Qlik Cloud an: Geben Sie den Mandanten mit --cloud URL an</translation>
    </message>
    <message>
        <source>--%1 is for --auth %2, not %3</source>
        <translation>--%1 gilt für --auth %2, nicht für %3</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; keeps its secret nowhere (the app asks for it each time): %2</source>
        <translation>Profil „%1“ speichert seine Zugangsdaten nicht (die Anwendung fragt jedes Mal danach): %2</translation>
    </message>
    <message>
        <source>no user given (--user USER or -QlikUser USER)</source>
        <translation>kein Benutzer angegeben (--user BENUTZER oder -QlikUser BENUTZER)</translation>
    </message>
    <message>
        <source>--user-header must not be empty</source>
        <translation>--user-header darf nicht leer sein</translation>
    </message>
    <message>
        <source>--auth certificate needs --client-cert FILE (the client.pem or client.pfx exported from the QMC)</source>
        <translation>--auth certificate erfordert --client-cert DATEI (die aus der QMC exportierte client.pem oder client.pfx)</translation>
    </message>
    <message>
        <source>--auth certificate needs --user-directory DIRECTORY and --user ID (X-Qlik-User: the user the repository acts as, e.g. INTERNAL and sa_api)</source>
        <translation>--auth certificate erfordert --user-directory VERZEICHNIS und --user ID (X-Qlik-User: der Benutzer, als der das Repository handelt, z. B. INTERNAL und sa_api)</translation>
    </message>
    <message>
        <source>%1 needs its password: %2</source>
        <translation>für %1 ist ein Passwort erforderlich: %2</translation>
    </message>
    <message>
        <source>--auth windows needs --user DOMAIN\user</source>
        <translation>--auth windows erfordert --user DOMÄNE\benutzer</translation>
    </message>
    <message>
        <source>--auth windows needs the password of %1: %2</source>
        <translation>--auth windows erfordert das Passwort von %1: %2</translation>
    </message>
    <message>
        <source>--auth jwt needs the token: %1</source>
        <translation>--auth jwt erfordert das Token: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Qlik Cloud needs an API key: %1</source>
        <translation>Qlik Cloud erfordert einen API-Schlüssel: %1</translation>
    </message>
    <message>
        <source>--auth cloud-oauth needs --oauth-client-id ID</source>
        <translation>--auth cloud-oauth erfordert --oauth-client-id ID</translation>
    </message>
    <message>
        <source>the OAuth client %1 needs its secret: %2</source>
        <translation>für den OAuth-Client %1 ist der geheime Clientschlüssel erforderlich: %2</translation>
    </message>
    <message>
        <source>watch follows the runs of a Qlik Sense repository; Qlik Cloud is not watched</source>
        <translation>watch beobachtet die Ausführungen eines Qlik Sense-Repositorys; Qlik Cloud kann nicht beobachtet werden</translation>
    </message>
    <message>
        <source>watch starts nothing: --%1 does not go with it</source>
        <translation>watch startet nichts: --%1 ist damit nicht zulässig</translation>
    </message>
    <message>
        <source>--since: &apos;%1&apos; is not a duration (seconds, or a number with s, m, h or d)</source>
        <translation>--since: „%1“ ist keine Dauer (Sekunden oder eine Zahl mit s, m, h oder d)</translation>
    </message>
    <message>
        <source>--filter: %1</source>
        <translation>--filter: %1</translation>
    </message>
    <message>
        <source>--variable is given %1 times; a reload takes at most %2 variables</source>
        <translation>--variable ist %1-mal angegeben; ein Ladevorgang nimmt höchstens %2 Variablen an</translation>
    </message>
    <message>
        <source>--variable: &apos;%1&apos; is not NAME=VALUE</source>
        <translation>--variable: „%1“ hat nicht die Form NAME=WERT</translation>
    </message>
    <message>
        <source>--variable: %1 is given more than once</source>
        <translation>--variable: %1 ist mehrfach angegeben</translation>
    </message>
    <message>
        <source>--variable: the value of %1 is longer than %2 characters</source>
        <translation>--variable: der Wert von %1 ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>set QLIK_PFX_PASSWORD or give --pfx-password-file FILE</source>
        <translation>Setzen Sie QLIK_PFX_PASSWORD oder geben Sie --pfx-password-file DATEI an</translation>
    </message>
    <message>
        <source>set QLIK_PASSWORD or give --password-file FILE</source>
        <translation>Setzen Sie QLIK_PASSWORD oder geben Sie --password-file DATEI an</translation>
    </message>
    <message>
        <source>set QLIK_JWT or give --jwt-file FILE</source>
        <translation>Setzen Sie QLIK_JWT oder geben Sie --jwt-file DATEI an</translation>
    </message>
    <message>
        <source>set QLIK_API_KEY or give --api-key-file FILE</source>
        <translation>Setzen Sie QLIK_API_KEY oder geben Sie --api-key-file DATEI an</translation>
    </message>
    <message>
        <source>set QLIK_OAUTH_CLIENT_SECRET or give --oauth-client-secret-file FILE</source>
        <translation>Setzen Sie QLIK_OAUTH_CLIENT_SECRET oder geben Sie --oauth-client-secret-file DATEI an</translation>
    </message>
    <message>
        <source>--%1: %2 cannot be read: %3</source>
        <translation>--%1: %2 kann nicht gelesen werden: %3</translation>
    </message>
</context>
<context>
    <name>CloudAuth</name>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>access_token is missing or not text</source>
        <translation>access_token fehlt oder ist kein Text</translation>
    </message>
    <message>
        <source>token_type is not Bearer</source>
        <translation>token_type ist nicht Bearer</translation>
    </message>
    <message>
        <source>expires_in is missing or not a positive number of seconds</source>
        <translation>expires_in fehlt oder ist keine positive Anzahl Sekunden</translation>
    </message>
    <message>
        <source>the sign-in of OAuth client &apos;%1&apos;</source>
        <translation>die Anmeldung des OAuth-Clients „%1“</translation>
    </message>
    <message>
        <source>Qlik Cloud did not accept OAuth client &apos;%1&apos; (HTTP %2)%3. Check the client id and secret, and that it is a machine-to-machine client that may use the scope %4.</source>
        <translation>Qlik Cloud hat den OAuth-Client „%1“ nicht akzeptiert (HTTP %2)%3. Prüfen Sie Client-ID und geheimen Clientschlüssel und ob es sich um einen Machine-to-Machine-Client handelt, der den Scope %4 verwenden darf.</translation>
    </message>
    <message>
        <source>Check the API key: it may have expired or been revoked, or its user may have lost the right to use API keys.</source>
        <translation>Prüfen Sie den API-Schlüssel: Er ist möglicherweise abgelaufen oder wurde widerrufen, oder sein Benutzer darf keine API-Schlüssel mehr verwenden.</translation>
    </message>
    <message>
        <source>Check OAuth client &apos;%1&apos;: it may have been deleted, its secret replaced or its scope changed.</source>
        <translation>Prüfen Sie den OAuth-Client „%1“: Möglicherweise wurde er gelöscht, sein geheimer Clientschlüssel ersetzt oder sein Scope geändert.</translation>
    </message>
</context>
<context>
    <name>CloudJson</name>
    <message>
        <source>a boolean</source>
        <translation>ein boolescher Wert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>%1 is missing or empty</source>
        <translation>%1 fehlt oder ist leer</translation>
    </message>
    <message>
        <source>%1 is not an ISO 8601 time: &apos;%2&apos;</source>
        <translation>%1 ist keine Zeitangabe nach ISO 8601: „%2“</translation>
    </message>
    <message>
        <source>%1 is %2, not %3</source>
        <translation>%1 ist %2 statt %3</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
    <message>
        <source>the answer is not valid JSON: %1 at byte %2</source>
        <translation>die Antwort ist kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>the answer is a JSON array, not an object</source>
        <translation>die Antwort ist ein JSON-Array statt eines Objekts</translation>
    </message>
    <message>
        <source>data is %1, not an array</source>
        <translation>data ist %1 statt eines Arrays</translation>
    </message>
    <message>
        <source>an app without a name</source>
        <translation>eine App ohne Namen</translation>
    </message>
</context>
<context>
    <name>CloudReloadStatus</name>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Reloading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Canceling</source>
        <translation>Wird abgebrochen</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Exceeded its limit</source>
        <translation>Limit überschritten</translation>
    </message>
    <message>
        <source>Unknown status</source>
        <translation>Unbekannter Status</translation>
    </message>
    <message>
        <source>Unknown status &apos;%1&apos;</source>
        <translation>Unbekannter Status „%1“</translation>
    </message>
</context>
<context>
    <name>CloudReply</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1, %2</source>
        <translation>HTTP %1, %2</translation>
    </message>
    <message>
        <source>Qlik Cloud did not accept the sign-in for %1: %2.</source>
        <translation>Qlik Cloud hat die Anmeldung für %1 nicht akzeptiert: %2.</translation>
    </message>
    <message>
        <source>Qlik Cloud&apos;s rate limit kept refusing %1: %2</source>
        <translation>Die Ratenbegrenzung von Qlik Cloud hat %1 wiederholt abgewiesen: %2</translation>
    </message>
    <message>
        <source>Qlik Cloud is unavailable for now and did not carry out %1: %2</source>
        <translation>Qlik Cloud ist derzeit nicht verfügbar und hat %1 nicht ausgeführt: %2</translation>
    </message>
    <message>
        <source>Qlik Cloud failed to carry out %1: %2</source>
        <translation>Qlik Cloud konnte %1 nicht ausführen: %2</translation>
    </message>
    <message>
        <source>Qlik Cloud refused %1: %2</source>
        <translation>Qlik Cloud hat %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 sent %2 on to %3 (HTTP %4) instead of answering: the URL may not be the tenant&apos;s, or a sign-in page is in the way. Use the tenant&apos;s own address, like https://TENANT.REGION.qlikcloud.com.</source>
        <translation>%1 hat %2 an %3 weitergeleitet (HTTP %4), statt zu antworten: Die URL gehört möglicherweise nicht zum Mandanten, oder eine Anmeldeseite ist dazwischengeschaltet. Verwenden Sie die eigene Adresse des Mandanten, etwa https://MANDANT.REGION.qlikcloud.com.</translation>
    </message>
    <message>
        <source>another page</source>
        <translation>eine andere Seite</translation>
    </message>
    <message>
        <source>%1 answered %2 with the unexpected HTTP status %3.</source>
        <translation>%1 hat auf %2 mit dem unerwarteten HTTP-Status %3 geantwortet.</translation>
    </message>
    <message>
        <source>%1 answered %2 with an HTML page (a sign-in page?), not as Qlik Cloud&apos;s API answers: use the tenant&apos;s own address, like https://TENANT.REGION.qlikcloud.com, and check that no proxy answers in its place.</source>
        <translation>%1 hat auf %2 mit einer HTML-Seite (einer Anmeldeseite?) geantwortet statt wie die API von Qlik Cloud: Verwenden Sie die eigene Adresse des Mandanten, etwa https://MANDANT.REGION.qlikcloud.com, und stellen Sie sicher, dass kein Proxy anstelle des Mandanten antwortet.</translation>
    </message>
    <message>
        <source>Qlik Cloud&apos;s answer to %1 could not be read: %2</source>
        <translation>Die Antwort von Qlik Cloud auf %1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>CloudRunServer</name>
    <message>
        <source>Qlik Cloud tenant %1 as %2</source>
        <translation>Qlik Cloud-Mandant %1 als %2</translation>
    </message>
    <message>
        <source>Qlik Cloud stopped the reload: it went beyond a limit of the tenant (reload time, app size or memory).</source>
        <translation>Qlik Cloud hat den Ladevorgang abgebrochen: Er hat ein Limit des Mandanten überschritten (Ladezeit, App-Größe oder Arbeitsspeicher).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No app is named &apos;%1&apos; on this tenant (names must match exactly).</source>
        <translation>In diesem Mandanten gibt es keine App namens „%1“ (Namen müssen exakt übereinstimmen).</translation>
    </message>
    <message>
        <source>%1 (personal space)</source>
        <translation>%1 (persönlicher Bereich)</translation>
    </message>
    <message>
        <source>%1 (space %2)</source>
        <translation>%1 (Bereich %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n apps are named &apos;%1&apos;: %2. Reload one of them by its id.</source>
        <translation>
            <numerusform>%n App heißt „%1“: %2. Laden Sie sie über ihre ID neu.</numerusform>
            <numerusform>%n Apps heißen „%1“: %2. Laden Sie eine davon über ihre ID neu.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer to the start was lost (%1); the app&apos;s reloads show the one it started, which is followed.</source>
        <translation>Die Antwort auf den Start ging verloren (%1); unter den Ladevorgängen der App ist der gestartete zu sehen und wird verfolgt.</translation>
    </message>
    <message>
        <source>The start of app &apos;%1&apos; was not answered (%2), and %3 reloads of it were started since: which one is this start&apos;s cannot be told.</source>
        <translation>Der Start der App „%1“ blieb unbeantwortet (%2), und seitdem wurden %3 Ladevorgänge der App gestartet: Welcher davon zu diesem Start gehört, lässt sich nicht feststellen.</translation>
    </message>
    <message>
        <source>The start of app &apos;%1&apos; was not answered (%2), and the app has no reload since: it was not started.</source>
        <translation>Der Start der App „%1“ blieb unbeantwortet (%2), und die App hat seitdem keinen Ladevorgang: Sie wurde nicht gestartet.</translation>
    </message>
    <message>
        <source>The start of app &apos;%1&apos; was not answered (%2), and the app&apos;s reloads could not be looked at (%3): the reload may be going on.</source>
        <translation>Der Start der App „%1“ blieb unbeantwortet (%2), und die Ladevorgänge der App konnten nicht abgefragt werden (%3): Der Ladevorgang läuft möglicherweise.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Server URL must not contain line breaks</source>
        <translation>Die Server-URL darf keine Zeilenumbrüche enthalten</translation>
    </message>
    <message>
        <source>Server URL is empty</source>
        <translation>Die Server-URL ist leer</translation>
    </message>
    <message>
        <source>Server URL is not a valid URL</source>
        <translation>Die Server-URL ist keine gültige URL</translation>
    </message>
    <message>
        <source>Server URL must start with https://</source>
        <translation>Die Server-URL muss mit https:// beginnen</translation>
    </message>
    <message>
        <source>%1 is not supported: use https://</source>
        <translation>%1 wird nicht unterstützt: Verwenden Sie https://</translation>
    </message>
    <message>
        <source>Server URL has no host name</source>
        <translation>Die Server-URL enthält keinen Hostnamen</translation>
    </message>
    <message>
        <source>Server URL must not contain a user name or password: put the user into the user id field</source>
        <translation>Die Server-URL darf weder Benutzername noch Passwort enthalten: Tragen Sie den Benutzer in das Feld „Benutzer-ID“ ein</translation>
    </message>
    <message>
        <source>Server URL must not have a path (%1): put the virtual proxy prefix into the prefix field</source>
        <translation>Die Server-URL darf keinen Pfad enthalten (%1): Tragen Sie das Präfix des virtuellen Proxys in das Präfix-Feld ein</translation>
    </message>
    <message>
        <source>Server URL must not have a query or a fragment (nothing after &apos;?&apos; or &apos;#&apos;)</source>
        <translation>Die Server-URL darf weder Abfrage noch Fragment enthalten (nichts nach &apos;?&apos; oder &apos;#&apos;)</translation>
    </message>
    <message>
        <source>Virtual proxy prefix must not contain line breaks</source>
        <translation>Das Präfix des virtuellen Proxys darf keine Zeilenumbrüche enthalten</translation>
    </message>
    <message>
        <source>Virtual proxy prefix must not contain &apos;/&apos;: write &apos;opcon&apos;, not &apos;/opcon/&apos;</source>
        <translation>Das Präfix des virtuellen Proxys darf kein &apos;/&apos; enthalten: Schreiben Sie &apos;opcon&apos;, nicht &apos;/opcon/&apos;</translation>
    </message>
    <message>
        <source>Virtual proxy prefix must be lower case: &apos;%1&apos;</source>
        <translation>Das Präfix des virtuellen Proxys muss kleingeschrieben sein: „%1“</translation>
    </message>
    <message>
        <source>Virtual proxy prefix may only contain lower case letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>Das Präfix des virtuellen Proxys darf nur Kleinbuchstaben, Ziffern, &apos;-&apos; und &apos;_&apos; enthalten</translation>
    </message>
    <message>
        <source>User header name must not contain line breaks</source>
        <translation>Der Name des Benutzer-Headers darf keine Zeilenumbrüche enthalten</translation>
    </message>
    <message>
        <source>User header name is empty: enter the header name set on the virtual proxy</source>
        <translation>Der Name des Benutzer-Headers ist leer: Geben Sie den Header-Namen ein, der im virtuellen Proxy festgelegt ist</translation>
    </message>
    <message>
        <source>User header name must not contain spaces</source>
        <translation>Der Name des Benutzer-Headers darf keine Leerzeichen enthalten</translation>
    </message>
    <message>
        <source>User header name must not contain &apos;%1&apos;</source>
        <translation>Der Name des Benutzer-Headers darf kein &apos;%1&apos; enthalten</translation>
    </message>
    <message>
        <source>User header name %1 is reserved by Qlik Sense: use the header name set on the virtual proxy</source>
        <translation>Der Name %1 für den Benutzer-Header ist von Qlik Sense reserviert: Verwenden Sie den Header-Namen, der im virtuellen Proxy festgelegt ist</translation>
    </message>
    <message>
        <source>User id must not contain line breaks</source>
        <translation>Die Benutzer-ID darf keine Zeilenumbrüche enthalten</translation>
    </message>
    <message>
        <source>User id is empty</source>
        <translation>Die Benutzer-ID ist leer</translation>
    </message>
    <message>
        <source>User id must use US-ASCII characters only (it is sent in an HTTP header)</source>
        <translation>Die Benutzer-ID darf nur US-ASCII-Zeichen enthalten (sie wird in einem HTTP-Header gesendet)</translation>
    </message>
    <message>
        <source>User id must not contain control characters</source>
        <translation>Die Benutzer-ID darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>CA certificate file name must not contain line breaks</source>
        <translation>Der Name der CA-Zertifikatsdatei darf keine Zeilenumbrüche enthalten</translation>
    </message>
    <message>
        <source>CA certificate file %1 cannot be read</source>
        <translation>Die CA-Zertifikatsdatei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Certificate sign-in needs https://: the repository only speaks TLS on port 4242</source>
        <translation>Die Anmeldung per Zertifikat erfordert https://: Das Repository kommuniziert auf Port 4242 nur über TLS</translation>
    </message>
    <message>
        <source>Certificate sign-in goes straight to the repository, not through a virtual proxy: leave the prefix empty</source>
        <translation>Die Anmeldung per Zertifikat erfolgt direkt am Repository, nicht über einen virtuellen Proxy: Lassen Sie das Präfix leer</translation>
    </message>
    <message>
        <source>User directory is empty or has control characters: enter the directory of the user the repository should act as, such as INTERNAL</source>
        <translation>Das Benutzerverzeichnis ist leer oder enthält Steuerzeichen: Geben Sie das Verzeichnis des Benutzers ein, als der das Repository handeln soll, etwa INTERNAL</translation>
    </message>
    <message>
        <source>User id is empty or has control characters: enter the user the repository should act as, such as sa_api</source>
        <translation>Die Benutzer-ID ist leer oder enthält Steuerzeichen: Geben Sie den Benutzer ein, als der das Repository handeln soll, etwa sa_api</translation>
    </message>
    <message>
        <source>No client certificate is chosen: use the client.pem (or client.pfx) exported from the QMC</source>
        <translation>Kein Clientzertifikat ausgewählt: Verwenden Sie die aus der QMC exportierte client.pem (oder client.pfx)</translation>
    </message>
    <message>
        <source>The client certificate file %1 cannot be read</source>
        <translation>Die Clientzertifikatsdatei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>No client key is chosen: use the client_key.pem exported with client.pem</source>
        <translation>Kein Clientschlüssel ausgewählt: Verwenden Sie die zusammen mit client.pem exportierte client_key.pem</translation>
    </message>
    <message>
        <source>The client key file %1 cannot be read</source>
        <translation>Die Clientschlüsseldatei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>User must not contain line breaks or control characters</source>
        <translation>Der Benutzername darf keine Zeilenumbrüche oder Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>User is empty: enter the Windows account as DOMAIN\user</source>
        <translation>Der Benutzername ist leer: Geben Sie das Windows-Konto als DOMÄNE\benutzer ein</translation>
    </message>
    <message>
        <source>A Qlik Cloud tenant has no virtual proxy: leave the prefix empty</source>
        <translation>Ein Qlik Cloud-Mandant hat keinen virtuellen Proxy: Lassen Sie das Präfix leer</translation>
    </message>
    <message>
        <source>OAuth client id is empty: enter the id of the machine-to-machine client created in the tenant&apos;s Administration activity center</source>
        <translation>Die OAuth-Client-ID ist leer: Geben Sie die ID des Machine-to-Machine-Clients ein, der im Aktivitätscenter „Verwaltung“ des Mandanten erstellt wurde</translation>
    </message>
    <message>
        <source>OAuth client id must be US-ASCII without spaces or control characters</source>
        <translation>Die OAuth-Client-ID muss aus US-ASCII-Zeichen ohne Leer- oder Steuerzeichen bestehen</translation>
    </message>
    <message>
        <source>Profile name must not contain line breaks</source>
        <translation>Der Profilname darf keine Zeilenumbrüche enthalten</translation>
    </message>
    <message>
        <source>The pinned certificate fingerprint %1 is not a SHA-256 digest (64 hexadecimal digits)</source>
        <translation>Der Fingerabdruck %1 des gepinnten Zertifikats ist kein SHA-256-Hashwert (64 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>Request timeout must be greater than zero</source>
        <translation>Das Zeitlimit für Anfragen muss größer als null sein</translation>
    </message>
    <message>
        <source>Watching every run is for a Qlik Sense repository; a Qlik Cloud tenant is not watched</source>
        <translation>Das Beobachten aller Ausführungen ist nur mit einem Qlik Sense-Repository möglich; ein Qlik Cloud-Mandant kann nicht beobachtet werden</translation>
    </message>
    <message>
        <source>Notify failures of: %1</source>
        <translation>Fehlschläge melden für: %1</translation>
    </message>
    <message>
        <source>%1 (client certificate, user %2\%3)</source>
        <translation>%1 (Clientzertifikat, Benutzer %2\%3)</translation>
    </message>
    <message>
        <source>%1 (Windows sign-in as the signed-in user)</source>
        <translation>%1 (Windows-Anmeldung als angemeldeter Benutzer)</translation>
    </message>
    <message>
        <source>%1 (Windows sign-in, user %2)</source>
        <translation>%1 (Windows-Anmeldung, Benutzer %2)</translation>
    </message>
    <message>
        <source>%1 (JWT sign-in)</source>
        <translation>%1 (JWT-Anmeldung)</translation>
    </message>
    <message>
        <source>%1 (Qlik Cloud, API key)</source>
        <translation>%1 (Qlik Cloud, API-Schlüssel)</translation>
    </message>
    <message>
        <source>%1 (Qlik Cloud, OAuth client %2)</source>
        <translation>%1 (Qlik Cloud, OAuth-Client %2)</translation>
    </message>
    <message>
        <source>%1 (header %2, user %3)</source>
        <translation>%1 (Header %2, Benutzer %3)</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Clientzertifikat</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>JWT</source>
        <translation>JWT</translation>
    </message>
    <message>
        <source>Qlik Cloud API key</source>
        <translation>Qlik Cloud-API-Schlüssel</translation>
    </message>
    <message>
        <source>Qlik Cloud OAuth client</source>
        <translation>Qlik Cloud-OAuth-Client</translation>
    </message>
    <message>
        <source>A Qlik Cloud tenant&apos;s certificate is always verified against the trusted CAs: check “Verify the server&apos;s certificate” and remove the pinned certificate</source>
        <translation>Das Zertifikat eines Qlik Cloud-Mandanten wird immer anhand der vertrauenswürdigen Zertifizierungsstellen geprüft: Aktivieren Sie „Zertifikat des Servers prüfen“ und entfernen Sie das gepinnte Zertifikat</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>Connected: %1.</source>
        <translation>Verbunden: %1.</translation>
    </message>
</context>
<context>
    <name>ConsoleReporter</name>
    <message numerus="yes">
        <source> [... %n more character(s) of this line not shown]</source>
        <translation>
            <numerusform> [... %n weiteres Zeichen dieser Zeile nicht angezeigt]</numerusform>
            <numerusform> [... %n weitere Zeichen dieser Zeile nicht angezeigt]</numerusform>
        </translation>
    </message>
    <message>
        <source>started a reload of app %1 (app id %2), reload %3</source>
        <translation>Ladevorgang von App %1 gestartet (App-ID %2), Ladevorgang %3</translation>
    </message>
    <message>
        <source>started task %1 (task id %2), session %3</source>
        <translation>Aufgabe %1 gestartet (Aufgaben-ID %2), Sitzung %3</translation>
    </message>
    <message>
        <source>warning: task %1: %2</source>
        <translation>Warnung: Aufgabe %1: %2</translation>
    </message>
    <message>
        <source>watching every run on %1 (%2) that changed since %3%4</source>
        <translation>Beobachtung aller Ausführungen auf %1 (%2), die sich seit %3 geändert haben%4</translation>
    </message>
    <message>
        <source>, tasks matching %1</source>
        <translation>, nur Aufgaben passend zu %1</translation>
    </message>
    <message>
        <source>, app &apos;%1&apos;</source>
        <translation>, App „%1“</translation>
    </message>
    <message>
        <source>task %1 ended %2 after %3 (session %4%5) - exit code %6</source>
        <translation>Aufgabe %1 beendet (%2) nach %3 (Sitzung %4%5) - Exit-Code %6</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>kein Status</translation>
    </message>
    <message>
        <source>task %1 (task id %2) started by trigger &apos;%3&apos; when &apos;%4&apos; ended, session %5</source>
        <translation>Aufgabe %1 (Aufgaben-ID %2) durch Trigger „%3“ gestartet, als „%4“ endete, Sitzung %5</translation>
    </message>
    <message>
        <source>task &apos;%1&apos; will not start after %2: %3</source>
        <translation>Aufgabe „%1“ startet nach %2 nicht: %3</translation>
    </message>
    <message>
        <source>task %1: %2</source>
        <translation>Aufgabe %1: %2</translation>
    </message>
    <message>
        <source>task %1: %2 (%3)</source>
        <translation>Aufgabe %1: %2 (%3)</translation>
    </message>
    <message>
        <source>task %1: still running (%2), status %3</source>
        <translation>Aufgabe %1: läuft noch (%2), Status %3</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>certificate sign-in refused: check the client certificate (--client-cert, exported from this server&apos;s QMC), the port (the repository&apos;s, 4242) and the user (--user-directory &quot;%1&quot; --user &quot;%2&quot;: active, with rights to start the task)</source>
        <translation>Anmeldung per Zertifikat abgelehnt: Prüfen Sie das Clientzertifikat (--client-cert, aus der QMC dieses Servers exportiert), den Port (den des Repositorys, 4242) und den Benutzer (--user-directory &quot;%1&quot; --user &quot;%2&quot;: aktiv, mit dem Recht, die Aufgabe zu starten)</translation>
    </message>
    <message>
        <source>Windows sign-in refused: check the virtual proxy (--virtual-proxy, now &quot;%1&quot;; it must offer Windows sign-in), the user (--user, now &quot;%2&quot;) and the password (QLIK_PASSWORD or --password-file)</source>
        <translation>Windows-Anmeldung abgelehnt: Prüfen Sie den virtuellen Proxy (--virtual-proxy, derzeit &quot;%1&quot;; er muss die Windows-Anmeldung anbieten), den Benutzer (--user, derzeit &quot;%2&quot;) und das Passwort (QLIK_PASSWORD oder --password-file)</translation>
    </message>
    <message>
        <source>JWT sign-in refused: check the virtual proxy (--virtual-proxy, now &quot;%1&quot;; it must be a JWT virtual proxy) and the token (QLIK_JWT or --jwt-file): expired, signed with a key the proxy does not know, or naming an unknown user</source>
        <translation>JWT-Anmeldung abgelehnt: Prüfen Sie den virtuellen Proxy (--virtual-proxy, derzeit &quot;%1&quot;; er muss ein virtueller JWT-Proxy sein) und das Token (QLIK_JWT oder --jwt-file): abgelaufen, mit einem dem Proxy unbekannten Schlüssel signiert oder auf einen unbekannten Benutzer ausgestellt</translation>
    </message>
    <message>
        <source>Qlik Cloud refused the API key: check the tenant (--cloud, now %1) and the key (QLIK_API_KEY or --api-key-file): revoked, expired, or of another tenant</source>
        <translation>Qlik Cloud hat den API-Schlüssel abgelehnt: Prüfen Sie den Mandanten (--cloud, derzeit %1) und den Schlüssel (QLIK_API_KEY oder --api-key-file): widerrufen, abgelaufen oder von einem anderen Mandanten</translation>
    </message>
    <message>
        <source>Qlik Cloud refused the OAuth client: check the tenant (--cloud, now %1), the client id (--oauth-client-id, now &quot;%2&quot;) and its secret (QLIK_OAUTH_CLIENT_SECRET or --oauth-client-secret-file)</source>
        <translation>Qlik Cloud hat den OAuth-Client abgelehnt: Prüfen Sie den Mandanten (--cloud, derzeit %1), die Client-ID (--oauth-client-id, derzeit &quot;%2&quot;) und den geheimen Clientschlüssel (QLIK_OAUTH_CLIENT_SECRET oder --oauth-client-secret-file)</translation>
    </message>
    <message>
        <source>not authenticated: check the virtual proxy prefix (--virtual-proxy, now &quot;%1&quot;), the user header name (--user-header, now &quot;%2&quot;) and the user</source>
        <translation>nicht authentifiziert: Prüfen Sie das Präfix des virtuellen Proxys (--virtual-proxy, derzeit &quot;%1&quot;), den Namen des Benutzer-Headers (--user-header, derzeit &quot;%2&quot;) und den Benutzer</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>error: task %1 was not submitted: %2</source>
        <translation>Fehler: Aufgabe %1 wurde nicht übermittelt: %2</translation>
    </message>
    <message>
        <source>the server&apos;s certificate was not accepted: pass its CA certificate with --ca-cert FILE, pin the certificate itself with --pin-sha256 HEX, or use a host name it is made out for in --server</source>
        <translation>das Serverzertifikat wurde nicht akzeptiert: Übergeben Sie sein CA-Zertifikat mit --ca-cert DATEI, pinnen Sie das Zertifikat selbst mit --pin-sha256 HEX, oder verwenden Sie in --server einen Hostnamen, für den es ausgestellt ist</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not the one pinned (--pin-sha256)</source>
        <translation>das Serverzertifikat ist nicht das gepinnte (--pin-sha256)</translation>
    </message>
    <message>
        <source>the server %1 could not be reached</source>
        <translation>der Server %1 war nicht erreichbar</translation>
    </message>
    <message>
        <source>the server did not start the task (disabled, no scheduler available or already running)</source>
        <translation>der Server hat die Aufgabe nicht gestartet (deaktiviert, kein Scheduler verfügbar oder läuft bereits)</translation>
    </message>
    <message>
        <source>hint: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>error: task %1: %2 The run goes on on the server (execution session %3).</source>
        <translation>Fehler: Aufgabe %1: %2 Die Ausführung läuft auf dem Server weiter (Ausführungssitzung %3).</translation>
    </message>
    <message>
        <source>error: task %1: no answer from the server for longer than the grace period; giving up (last status %2; the run may go on on the server) - exit code %3</source>
        <translation>Fehler: Aufgabe %1: länger als die Toleranzzeit keine Antwort vom Server; Verfolgung aufgegeben (letzter Status %2; die Ausführung läuft auf dem Server eventuell weiter) - Exit-Code %3</translation>
    </message>
    <message>
        <source>task %1 ended %2 after %3%4 - exit code %5</source>
        <translation>Aufgabe %1 beendet (%2) nach %3%4 - Exit-Code %5</translation>
    </message>
    <message>
        <source> (stopped after the timeout)</source>
        <translation> (wegen Zeitüberschreitung angehalten)</translation>
    </message>
    <message>
        <source>error: task %1: timed out with status %2 after %3; not waiting any longer - exit code %4</source>
        <translation>Fehler: Aufgabe %1: Zeitüberschreitung mit Status %2 nach %3; es wird nicht länger gewartet - Exit-Code %4</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>task %1: %2: %3</source>
        <translation>Aufgabe %1: %2: %3</translation>
    </message>
    <message>
        <source>task %1: the script log is empty</source>
        <translation>Aufgabe %1: das Skriptprotokoll ist leer</translation>
    </message>
    <message>
        <source>task %1: last %2 lines of the script log:</source>
        <translation>Aufgabe %1: die letzten %2 Zeilen des Skriptprotokolls:</translation>
    </message>
    <message>
        <source>task %1: no script log: %2</source>
        <translation>Aufgabe %1: kein Skriptprotokoll: %2</translation>
    </message>
    <message>
        <source>error: task %1: timeout reached, stopping the task</source>
        <translation>Fehler: Aufgabe %1: Zeitlimit erreicht, die Aufgabe wird angehalten</translation>
    </message>
    <message>
        <source>error: task %1: timeout reached</source>
        <translation>Fehler: Aufgabe %1: Zeitlimit erreicht</translation>
    </message>
    <message>
        <source>warning: lost contact with the server (%1); retrying, runs go on</source>
        <translation>Warnung: Kontakt zum Server verloren (%1); es wird erneut versucht, die Ausführungen laufen weiter</translation>
    </message>
    <message>
        <source>contact with the server is back after %1</source>
        <translation>Kontakt zum Server nach %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>task %1 submitted; not waiting for it to end (--no-wait)</source>
        <translation>Aufgabe %1 übermittelt; auf ihr Ende wird nicht gewartet (--no-wait)</translation>
    </message>
    <message>
        <source>task %1: interrupted by %2 while it was being submitted; it may still start on the server</source>
        <translation>Aufgabe %1: durch %2 unterbrochen, während sie übermittelt wurde; sie startet eventuell trotzdem auf dem Server</translation>
    </message>
    <message>
        <source>task %1: interrupted by %2; asking the server to stop the run (session %3)</source>
        <translation>Aufgabe %1: durch %2 unterbrochen; der Server wird gebeten, die Ausführung anzuhalten (Sitzung %3)</translation>
    </message>
    <message>
        <source>task %1: interrupted by %2; the run goes on on the server (session %3)</source>
        <translation>Aufgabe %1: durch %2 unterbrochen; die Ausführung läuft auf dem Server weiter (Sitzung %3)</translation>
    </message>
    <message>
        <source>task %1: the server is stopping the run (session %2)</source>
        <translation>Aufgabe %1: der Server hält die Ausführung an (Sitzung %2)</translation>
    </message>
    <message>
        <source>warning: task %1: no answer to the stop request; the run may go on on the server (session %2)</source>
        <translation>Warnung: Aufgabe %1: keine Antwort auf die Anhalteanforderung; die Ausführung läuft auf dem Server eventuell weiter (Sitzung %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s): %1 - exit code %2</source>
        <translation>
            <numerusform>%n Ausführung: %1 - Exit-Code %2</numerusform>
            <numerusform>%n Ausführungen: %1 - Exit-Code %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <source>The demo simulator %1 could not be started: %2</source>
        <translation>Der Demo-Simulator %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The demo simulator stopped (exit code %1).</source>
        <translation>Der Demo-Simulator wurde beendet (Exit-Code %1).</translation>
    </message>
    <message>
        <source>The demo simulator ended before it was ready (exit code %1).</source>
        <translation>Der Demo-Simulator wurde beendet, bevor er bereit war (Exit-Code %1).</translation>
    </message>
</context>
<context>
    <name>DesktopIntegration</name>
    <message>
        <source>Qlik Task Runner keeps running</source>
        <translation>Qlik Task Runner läuft weiter</translation>
    </message>
    <message>
        <source>Runs go on being followed in the tray. To quit, choose Quit in the tray icon&apos;s menu. Settings can make closing the window quit.</source>
        <translation>Die Ausführungen werden im Infobereich weiter verfolgt. Zum Beenden wählen Sie „Beenden“ im Menü des Symbols im Infobereich. In den Einstellungen können Sie festlegen, dass das Schließen des Fensters die Anwendung beendet.</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Erneut starten</translation>
    </message>
    <message>
        <source>Run failed ones again</source>
        <translation>Fehlgeschlagene erneut starten</translation>
    </message>
    <message>
        <source>Script log</source>
        <translation>Skriptprotokoll</translation>
    </message>
    <message>
        <source>Qlik Task Runner: no task running</source>
        <translation>Qlik Task Runner: keine laufende Aufgabe</translation>
    </message>
    <message numerus="yes">
        <source>Qlik Task Runner: %n task(s) running</source>
        <translation>
            <numerusform>Qlik Task Runner: %n Aufgabe läuft</numerusform>
            <numerusform>Qlik Task Runner: %n Aufgaben laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>A run failed: open the app to see it.</source>
        <translation>Eine Ausführung ist fehlgeschlagen: Öffnen Sie die Anwendung, um sie anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Not authenticated</source>
        <translation>Nicht authentifiziert</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Ambiguous task name</source>
        <translation>Mehrdeutiger Aufgabenname</translation>
    </message>
    <message>
        <source>Task not started</source>
        <translation>Aufgabe nicht gestartet</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>The server cannot be reached right now</source>
        <translation>Der Server ist derzeit nicht erreichbar</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>Unlesbare Antwort</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Start not confirmed</source>
        <translation>Start nicht bestätigt</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ExitCode</name>
    <message>
        <source>signal %1</source>
        <translation>Signal %1</translation>
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
        <translation>Exit-Codes (bei mehreren Aufgaben gilt der höchste Code):
    0  jede Ausführung endete mit FinishedSuccess
    1  eine Ausführung endete mit FinishedFail, Error oder Reset
    2  Aufruffehler (falsche oder fehlende Option)
    3  eine Ausführung endete mit Aborted
    4  eine Ausführung endete mit Skipped
    5  Zeitüberschreitung (--timeout; mit --stop-on-timeout wurde die Ausführung
       angehalten)
    6  Kontakt zum Server länger als --unreachable-grace verloren
    7  der Server hat die Anmeldung während einer laufenden Ausführung nicht mehr
       akzeptiert (erneute Anmeldung abgelehnt: Passwort geändert, Token
       abgelaufen); die Ausführung läuft auf dem Server weiter
  100  eine Aufgabe wurde nicht übermittelt: Authentifizierung abgelehnt,
       unbekannter oder mehrdeutiger Aufgabenname, unbekannte Aufgaben-ID,
       Aufgabe deaktiviert oder nicht gestartet (Null-GUID), TLS-Fehler, Server
       bei der Übermittlung nicht erreichbar
  130  durch SIGINT (Strg+C) unterbrochen; noch laufende Ausführungen laufen auf
       dem Server weiter, außer mit --stop-on-interrupt
  143  durch SIGTERM beendet; noch laufende Ausführungen laufen auf dem Server
       weiter, außer mit --stop-on-interrupt
</translation>
    </message>
</context>
<context>
    <name>FreedesktopNotifier</name>
    <message>
        <source>There is no D-Bus session bus.</source>
        <translation>Es ist kein D-Bus-Sitzungsbus vorhanden.</translation>
    </message>
    <message>
        <source>The notification service refused the notification (%1).</source>
        <translation>Der Benachrichtigungsdienst hat die Benachrichtigung abgelehnt (%1).</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Requested: %1</source>
        <translation>Angefordert: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Abgeschlossen: %1</translation>
    </message>
    <message>
        <source>%1
Task id: %2</source>
        <translation>%1
Aufgaben-ID: %2</translation>
    </message>
    <message>
        <source>%1 (the server said %2)</source>
        <translation>%1 (laut Server: %2)</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Search the history by task, app, profile, status or message</source>
        <translation>Verlauf nach Aufgabe, App, Profil, Status oder Meldung durchsuchen</translation>
    </message>
    <message>
        <source>Which finished runs to show</source>
        <translation>Welche abgeschlossenen Ausführungen angezeigt werden</translation>
    </message>
    <message>
        <source>&amp;Clear…</source>
        <translation>&amp;Leeren…</translation>
    </message>
    <message>
        <source>Delete every run from the history</source>
        <translation>Alle Ausführungen aus dem Verlauf löschen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the runs shown as a CSV file for a spreadsheet</source>
        <translation>Die angezeigten Ausführungen als CSV-Datei für eine Tabellenkalkulation speichern</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>All runs</source>
        <translation>Alle Ausführungen</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Clear the history</source>
        <translation>Verlauf leeren</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n run(s) from the history? Expected end times start again from the runs that end from now on.</source>
        <translation>
            <numerusform>%n Ausführung aus dem Verlauf löschen? Die erwarteten Endzeiten werden dann neu aus den Ausführungen ermittelt, die ab jetzt enden.</numerusform>
            <numerusform>Alle %n Ausführungen aus dem Verlauf löschen? Die erwarteten Endzeiten werden dann neu aus den Ausführungen ermittelt, die ab jetzt enden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in the history</source>
        <translation>
            <numerusform>%n Ausführung im Verlauf</numerusform>
            <numerusform>%n Ausführungen im Verlauf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n run(s) in the history</source>
        <translation>
            <numerusform>%1 von %n Ausführung im Verlauf</numerusform>
            <numerusform>%1 von %n Ausführungen im Verlauf</numerusform>
        </translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>History of finished runs</source>
        <translation>Verlauf der abgeschlossenen Ausführungen</translation>
    </message>
    <message>
        <source>Show finished runs of</source>
        <translation>Abgeschlossene Ausführungen anzeigen von</translation>
    </message>
</context>
<context>
    <name>LoginStart</name>
    <message>
        <source>%1 could not be removed.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The folder of %1 could not be made.</source>
        <translation>Der Ordner für %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Start Qlik Sense tasks and watch them run</source>
        <translation>Qlik Sense-Aufgaben starten und ihre Ausführung verfolgen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Qlik Task Runner</source>
        <translation>Qlik Task Runner</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>Search runs by task, app, profile or message</source>
        <translation>Ausführungen nach Aufgabe, App, Profil oder Meldung durchsuchen</translation>
    </message>
    <message>
        <source>Show only runs with this outcome</source>
        <translation>Nur Ausführungen mit diesem Ergebnis anzeigen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation>&amp;Ausführungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>&amp;Run task…</source>
        <translation>Aufgabe &amp;starten…</translation>
    </message>
    <message>
        <source>Pick tasks of the active profile and start them</source>
        <translation>Aufgaben des aktiven Profils auswählen und starten</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Ask the server to stop the selected runs&apos; tasks</source>
        <translation>Den Server bitten, die Aufgaben der ausgewählten Ausführungen anzuhalten</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>&amp;Erneut starten</translation>
    </message>
    <message>
        <source>Start the selected runs&apos; tasks once more</source>
        <translation>Die Aufgaben der ausgewählten Ausführungen noch einmal starten</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Follow again</source>
        <translation>Erneut &amp;verfolgen</translation>
    </message>
    <message>
        <source>Follow the selected lost runs again: the server had stopped answering</source>
        <translation>Die ausgewählten verlorenen Ausführungen wieder verfolgen: Der Server hatte nicht mehr geantwortet</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the selected finished runs from the table</source>
        <translation>Die ausgewählten abgeschlossenen Ausführungen aus der Tabelle entfernen</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation>Die ausgewählten Zeilen als tabulatorgetrennten Text kopieren</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>Copy &amp;task id</source>
        <translation>Aufgaben-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy the task ids of the selected runs</source>
        <translation>Die Aufgaben-IDs der ausgewählten Ausführungen kopieren</translation>
    </message>
    <message>
        <source>Copy s&amp;ession id</source>
        <translation>Sitzungs-I&amp;D kopieren</translation>
    </message>
    <message>
        <source>Copy the execution session ids of the selected runs</source>
        <translation>Die IDs der Ausführungssitzungen der ausgewählten Ausführungen kopieren</translation>
    </message>
    <message>
        <source>Show script &amp;log</source>
        <translation>Skript&amp;protokoll anzeigen</translation>
    </message>
    <message>
        <source>Fetch and show the script log of the selected run</source>
        <translation>Das Skriptprotokoll der ausgewählten Ausführung abrufen und anzeigen</translation>
    </message>
    <message>
        <source>Remove every finished run from the table</source>
        <translation>Alle abgeschlossenen Ausführungen aus der Tabelle entfernen</translation>
    </message>
    <message>
        <source>&amp;Pause polling</source>
        <translation>Abfrage pa&amp;usieren</translation>
    </message>
    <message>
        <source>Stop asking the servers about running tasks until resumed; the tasks go on</source>
        <translation>Die Server nicht mehr nach laufenden Aufgaben abfragen, bis die Abfrage fortgesetzt wird; die Aufgaben laufen weiter</translation>
    </message>
    <message>
        <source>&amp;Watch every run on this server</source>
        <translation>Alle Ausführungen auf diesem Server &amp;beobachten</translation>
    </message>
    <message>
        <source>Show every run on the active profile&apos;s server (scheduled, triggered, started in the hub or the QMC), not only those started here</source>
        <translation>Alle Ausführungen auf dem Server des aktiven Profils anzeigen (geplant, durch Trigger ausgelöst, im Hub oder in der QMC gestartet), nicht nur die hier gestarteten</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Qlik Task Runner</source>
        <translation>&amp;Über Qlik Task Runner</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Watch every run on this server</source>
        <translation>Alle Ausführungen auf diesem Server beobachten</translation>
    </message>
    <message>
        <source>New runs start on this profile</source>
        <translation>Neue Ausführungen werden mit diesem Profil gestartet</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n Ausführung läuft</numerusform>
            <numerusform>%n Ausführungen laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running, polling paused</source>
        <translation>
            <numerusform>%n Ausführung läuft, Abfrage pausiert</numerusform>
            <numerusform>%n Ausführungen laufen, Abfrage pausiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Polling paused</source>
        <translation>Abfrage pausiert</translation>
    </message>
    <message>
        <source>No runs yet.
Click “Run task…” to pick tasks and start them.</source>
        <translation>Noch keine Ausführungen.
Klicken Sie auf „Aufgabe starten…“, um Aufgaben auszuwählen und zu starten.</translation>
    </message>
    <message>
        <source>No run matches the search and the status filter.</source>
        <translation>Keine Ausführung entspricht der Suche und dem Statusfilter.</translation>
    </message>
    <message>
        <source>That run has left the runs table: the history keeps what its row shows.</source>
        <translation>Diese Ausführung ist nicht mehr in der Ausführungstabelle: Der Verlauf bewahrt, was ihre Zeile angezeigt hat.</translation>
    </message>
    <message numerus="yes">
        <source>Started %n run(s) again.</source>
        <translation>
            <numerusform>%n Ausführung erneut gestartet.</numerusform>
            <numerusform>%n Ausführungen erneut gestartet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Following %n lost run(s) again.</source>
        <translation>
            <numerusform>%n verlorene Ausführung wird wieder verfolgt.</numerusform>
            <numerusform>%n verlorene Ausführungen werden wieder verfolgt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n run(s).</source>
        <translation>
            <numerusform>%n Ausführung entfernt.</numerusform>
            <numerusform>%n Ausführungen entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected run(s) still in flight stayed: stop them or wait for their end.</source>
        <translation>
            <numerusform>%n ausgewählte Ausführung läuft noch und wurde nicht entfernt: Halten Sie sie an oder warten Sie, bis sie endet.</numerusform>
            <numerusform>%n ausgewählte Ausführungen laufen noch und wurden nicht entfernt: Halten Sie sie an oder warten Sie, bis sie enden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>%n Zeile kopiert.</numerusform>
            <numerusform>%n Zeilen kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n task id(s).</source>
        <translation>
            <numerusform>%n Aufgaben-ID kopiert.</numerusform>
            <numerusform>%n Aufgaben-IDs kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n session id(s).</source>
        <translation>
            <numerusform>%n Sitzungs-ID kopiert.</numerusform>
            <numerusform>%n Sitzungs-IDs kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a profile first.</source>
        <translation>Wählen Sie zuerst ein Profil aus.</translation>
    </message>
    <message>
        <source>The password of the client certificate %1:</source>
        <translation>Das Passwort des Clientzertifikats %1:</translation>
    </message>
    <message>
        <source>The Windows password of %1:</source>
        <translation>Das Windows-Passwort von %1:</translation>
    </message>
    <message>
        <source>The token (JWT) for %1:</source>
        <translation>Das Token (JWT) für %1:</translation>
    </message>
    <message>
        <source>The API key for %1:</source>
        <translation>Der API-Schlüssel für %1:</translation>
    </message>
    <message>
        <source>The secret of OAuth client %1:</source>
        <translation>Der geheime Clientschlüssel des OAuth-Clients %1:</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>About Qlik Task Runner</source>
        <translation>Über Qlik Task Runner</translation>
    </message>
    <message>
        <source>&lt;b&gt;Qlik Task Runner %1&lt;/b&gt;&lt;p&gt;Starts Qlik Sense tasks through the Qlik Repository Service and follows them to the end.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Qlik Task Runner %1&lt;/b&gt;&lt;p&gt;Startet Qlik Sense-Aufgaben über den Qlik Repository Service und verfolgt sie bis zum Ende.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Part of the saved settings could not be read. The app goes on with what it could read and deletes nothing it could not.</source>
        <translation>Ein Teil der gespeicherten Einstellungen konnte nicht gelesen werden. Die Anwendung arbeitet mit dem weiter, was sie lesen konnte, und löscht nichts von dem, was sie nicht lesen konnte.</translation>
    </message>
    <message>
        <source>Settings could not be read</source>
        <translation>Einstellungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Part of the saved settings could not be read.</source>
        <translation>Ein Teil der gespeicherten Einstellungen konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Search runs</source>
        <translation>Ausführungen durchsuchen</translation>
    </message>
    <message>
        <source>Remove fi&amp;nished</source>
        <translation>Abgeschlossene entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Show runs</source>
        <translation>Ausführungen anzeigen</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Server &amp;URL</source>
        <translation>Server-&amp;URL</translation>
    </message>
    <message>
        <source>https://qlik.example.com</source>
        <translation>https://qlik.example.com</translation>
    </message>
    <message>
        <source>opcon</source>
        <translation>opcon</translation>
    </message>
    <message>
        <source>User &amp;header</source>
        <translation>Benutzer-H&amp;eader</translation>
    </message>
    <message>
        <source>opcon-usr</source>
        <translation>opcon-usr</translation>
    </message>
    <message>
        <source>INTERNAL</source>
        <translation>INTERNAL</translation>
    </message>
    <message>
        <source>DOMAIN\svc_reload</source>
        <translation>DOMAIN\svc_reload</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate</source>
        <translation>Client&amp;zertifikat</translation>
    </message>
    <message>
        <source>client.pem or client.pfx exported from the QMC</source>
        <translation>client.pem oder client.pfx, aus der QMC exportiert</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Client &amp;key</source>
        <translation>&amp;Clientschlüssel</translation>
    </message>
    <message>
        <source>client_key.pem</source>
        <translation>client_key.pem</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <source>Extra &amp;CA file</source>
        <translation>Zusätzliche CA-&amp;Datei</translation>
    </message>
    <message>
        <source>none: the system&apos;s trusted certificates</source>
        <translation>keine: die vertrauenswürdigen Zertifikate des Systems</translation>
    </message>
    <message>
        <source>&amp;Pinned certificate</source>
        <translation>Gepinntes Zertifi&amp;kat</translation>
    </message>
    <message>
        <source>none: any certificate a trusted authority vouches for</source>
        <translation>keines: jedes Zertifikat, das eine vertrauenswürdige Zertifizierungsstelle bestätigt</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the server&apos;s certificate (64 hexadecimal digits, colons optional). That certificate is trusted alone, whoever signed it, and any other one is refused.</source>
        <translation>SHA-256-Fingerabdruck des Serverzertifikats (64 Hexadezimalziffern, Doppelpunkte optional). Nur diesem Zertifikat wird vertraut, gleich wer es signiert hat; jedes andere wird abgelehnt.</translation>
    </message>
    <message>
        <source>&amp;Verify the server&apos;s certificate</source>
        <translation>Zertifikat des Servers p&amp;rüfen</translation>
    </message>
    <message>
        <source>&amp;Watch every run on this server</source>
        <translation>&amp;Alle Ausführungen auf diesem Server beobachten</translation>
    </message>
    <message>
        <source>Show every run on the server in the runs table (scheduled, triggered, started in the hub or the QMC), not only those started here.</source>
        <translation>Alle Ausführungen auf dem Server in der Ausführungstabelle anzeigen (geplant, durch Trigger ausgelöst, im Hub oder in der QMC gestartet), nicht nur die hier gestarteten.</translation>
    </message>
    <message>
        <source>every task; or e.g. task=Nightly*; tag=Finance; stream=Sales; app=*Ledger</source>
        <translation>jede Aufgabe; oder z. B. task=Nightly*; tag=Finanzen; stream=Vertrieb; app=*Hauptbuch</translation>
    </message>
    <message>
        <source>Which failed runs seen on the server notify you: terms FIELD=PATTERN separated by semicolons, FIELD one of task, tag, stream, app; * and ? are wildcards. Terms of one field are alternatives; different fields must all match.</source>
        <translation>Bei welchen auf dem Server erkannten fehlgeschlagenen Ausführungen Sie benachrichtigt werden: Ausdrücke der Form FELD=MUSTER, durch Semikolons getrennt; FELD ist task, tag, stream oder app; * und ? sind Platzhalter. Ausdrücke zum selben Feld sind Alternativen; verschiedene Felder müssen alle zutreffen.</translation>
    </message>
    <message>
        <source>Certificate verification is off: anyone between you and the server can read and change this connection. Use it for a test server only.</source>
        <translation>Die Zertifikatsprüfung ist ausgeschaltet: Jeder zwischen Ihnen und dem Server kann diese Verbindung mitlesen und verändern. Verwenden Sie dies nur für einen Testserver.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Certificate the server presented</source>
        <translation>Vom Server vorgelegtes Zertifikat</translation>
    </message>
    <message>
        <source>Pins this certificate: it is trusted for this profile alone, and any other certificate is refused. Compare the fingerprint with the one your Qlik administrator gives you first.</source>
        <translation>Pinnt dieses Zertifikat: Für dieses Profil wird nur ihm vertraut, jedes andere Zertifikat wird abgelehnt. Vergleichen Sie vorher den Fingerabdruck mit dem, den Ihnen Ihr Qlik-Administrator nennt.</translation>
    </message>
    <message>
        <source>Choose the client certificate</source>
        <translation>Clientzertifikat auswählen</translation>
    </message>
    <message>
        <source>Client certificates (*.pem *.pfx *.p12);;All files (*)</source>
        <translation>Clientzertifikate (*.pem *.pfx *.p12);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the client key</source>
        <translation>Clientschlüssel auswählen</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>PEM-Schlüssel (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Tenant &amp;URL</source>
        <translation>Mandanten-&amp;URL</translation>
    </message>
    <message>
        <source>the password set when the PFX was exported</source>
        <translation>das beim Export der PFX-Datei festgelegte Passwort</translation>
    </message>
    <message>
        <source>none: the default virtual proxy</source>
        <translation>keines: der standardmäßige virtuelle Proxy</translation>
    </message>
    <message>
        <source>the Windows password of that user</source>
        <translation>das Windows-Passwort dieses Benutzers</translation>
    </message>
    <message>
        <source>the JWT the virtual proxy accepts</source>
        <translation>das JWT, das der virtuelle Proxy akzeptiert</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>&amp;API-Schlüssel</translation>
    </message>
    <message>
        <source>generated in the tenant under Profile settings</source>
        <translation>im Mandanten unter „Profileinstellungen“ generiert</translation>
    </message>
    <message>
        <source>a machine-to-machine client of the tenant</source>
        <translation>ein Machine-to-Machine-Client des Mandanten</translation>
    </message>
    <message>
        <source>shown once when the client was created</source>
        <translation>wird beim Erstellen des Clients einmalig angezeigt</translation>
    </message>
    <message>
        <source>Not stored: asked each time the app connects.</source>
        <translation>Nicht gespeichert: wird bei jedem Verbindungsaufbau der Anwendung abgefragt.</translation>
    </message>
    <message>
        <source>Stored in the system keychain when the profile is saved.</source>
        <translation>Wird beim Speichern des Profils im Schlüsselspeicher des Systems abgelegt.</translation>
    </message>
    <message>
        <source>Looking in the keychain…</source>
        <translation>Schlüsselspeicher wird durchsucht…</translation>
    </message>
    <message>
        <source>Stored in the system keychain. Type here to replace it.</source>
        <translation>Im Schlüsselspeicher des Systems gespeichert. Geben Sie hier einen neuen Wert ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>Not stored yet: type it here.</source>
        <translation>Noch nicht gespeichert: Geben Sie den Wert hier ein.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Subject: %1
Issued by: %2
Valid: %3
Names: %4
SHA-256:
%5</source>
        <translation>Ausgestellt für: %1
Ausgestellt von: %2
Gültig: %3
Namen: %4
SHA-256:
%5</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>CA-Zertifikatsdatei auswählen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation>CA-Datei auswählen</translation>
    </message>
    <message>
        <source>Sign &amp;in with</source>
        <translation>Anmelde&amp;verfahren</translation>
    </message>
    <message>
        <source>Virtual pro&amp;xy prefix</source>
        <translation>Präfix des virtuellen Pro&amp;xys</translation>
    </message>
    <message>
        <source>User director&amp;y</source>
        <translation>&amp;Benutzerverzeichnis</translation>
    </message>
    <message>
        <source>Use&amp;r</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>Keep it in the syste&amp;m keychain (otherwise asked each time)</source>
        <translation>Im Schlüsselspeicher des Systems &amp;merken (sonst jedes Mal abfragen)</translation>
    </message>
    <message>
        <source>N&amp;otify failures of</source>
        <translation>&amp;Fehlschläge melden für</translation>
    </message>
    <message>
        <source>Trust this certificate for this pro&amp;file</source>
        <translation>Diesem Zertifikat f&amp;ür dieses Profil vertrauen</translation>
    </message>
    <message>
        <source>Use&amp;r id</source>
        <translation>Benutzer-&amp;ID</translation>
    </message>
    <message>
        <source>PF&amp;X password</source>
        <translation>PF&amp;X-Passwort</translation>
    </message>
    <message>
        <source>Windows us&amp;er</source>
        <translation>Windows-&amp;Benutzer</translation>
    </message>
    <message>
        <source>Passwo&amp;rd</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <source>To&amp;ken</source>
        <translation>T&amp;oken</translation>
    </message>
    <message>
        <source>OAuth c&amp;lient id</source>
        <translation>OAuth-Client-&amp;ID</translation>
    </message>
    <message>
        <source>Client s&amp;ecret</source>
        <translation>&amp;Geheimer Clientschlüssel</translation>
    </message>
</context>
<context>
    <name>ProfileSecrets</name>
    <message>
        <source>This profile keeps its secret nowhere: it is asked each time.</source>
        <translation>Dieses Profil speichert seine Zugangsdaten nirgends; sie werden jedes Mal abgefragt.</translation>
    </message>
    <message>
        <source>The keychain holds no secret for this profile.</source>
        <translation>Der Schlüsselspeicher enthält keine Zugangsdaten für dieses Profil.</translation>
    </message>
</context>
<context>
    <name>ProfileSession</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: connecting to %2…</source>
        <translation>%1: Verbindung zu %2 wird hergestellt…</translation>
    </message>
    <message>
        <source>%1: connected, %2, watching every run</source>
        <translation>%1: verbunden, %2, alle Ausführungen werden beobachtet</translation>
    </message>
    <message>
        <source>%1: connected, %2</source>
        <translation>%1: verbunden, %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>There is no profile called &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>Das Profil benötigt einen Namen.</translation>
    </message>
    <message>
        <source>A profile called &quot;%1&quot; exists already.</source>
        <translation>Ein Profil namens „%1“ ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>The active profile in %1 is %2, which is not a profile name.</source>
        <translation>Das aktive Profil in %1 ist %2; das ist kein Profilname.</translation>
    </message>
    <message>
        <source>“%1” is %2, which is not text</source>
        <translation>„%1“ ist %2 und damit kein Text</translation>
    </message>
    <message>
        <source>Profile %1 in %2 could not be read: its name is %3, which is not text.</source>
        <translation>Profil %1 in %2 konnte nicht gelesen werden: Sein Name ist %3 und damit kein Text.</translation>
    </message>
    <message>
        <source>Profile %1 in %2 could not be read: it has no name.</source>
        <translation>Profil %1 in %2 konnte nicht gelesen werden: Es hat keinen Namen.</translation>
    </message>
    <message>
        <source>Profile %1 in %2 could not be read: an earlier profile is also called “%3”.</source>
        <translation>Profil %1 in %2 konnte nicht gelesen werden: Ein früheres Profil heißt ebenfalls „%3“.</translation>
    </message>
    <message>
        <source>“url” is %1, which is not a web address</source>
        <translation>„url“ ist %1 und damit keine Webadresse</translation>
    </message>
    <message>
        <source>“signIn” is %1, which is not header, certificate, windows, jwt, cloud-api-key or cloud-oauth</source>
        <translation>„signIn“ ist %1 und damit keiner der Werte header, certificate, windows, jwt, cloud-api-key oder cloud-oauth</translation>
    </message>
    <message>
        <source>“%1” is %2, which is neither true nor false, so %3</source>
        <translation>„%1“ ist %2 und damit weder true noch false, daher gilt: %3</translation>
    </message>
    <message>
        <source>certificates are verified</source>
        <translation>Zertifikate werden geprüft</translation>
    </message>
    <message>
        <source>the keychain is used</source>
        <translation>der Schlüsselspeicher wird verwendet</translation>
    </message>
    <message>
        <source>the server is not watched</source>
        <translation>der Server wird nicht beobachtet</translation>
    </message>
    <message>
        <source>“timeoutMs” is %1, which is not a number of milliseconds, so %2 s are used</source>
        <translation>„timeoutMs“ ist %1 und damit keine Anzahl Millisekunden, daher werden %2 s verwendet</translation>
    </message>
    <message>
        <source>%1 missing</source>
        <translation>%1 nicht vorhanden</translation>
    </message>
    <message>
        <source>Profile %1 (“%2”) in %3 was read in part: %4.</source>
        <translation>Profil %1 („%2“) in %3 wurde nur teilweise gelesen: %4.</translation>
    </message>
    <message>
        <source>The profiles are open read-only here.</source>
        <translation>Die Profile sind hier schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>%1 could not be read in full and no copy of it could be kept, so nothing is written to it.</source>
        <translation>%1 konnte nicht vollständig gelesen werden, und es konnte keine Kopie davon angelegt werden; daher wird nichts hineingeschrieben.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>Profil &amp;speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Storing in the keychain…</source>
        <translation>Wird im Schlüsselspeicher gespeichert…</translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation>Im Schlüsselspeicher des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The secret cannot be stored</source>
        <translation>Die Zugangsdaten können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1

The password or token of %2 can be asked each time the app connects instead (it is then kept in memory only while the app runs).</source>
        <translation>%1

Das Passwort bzw. Token von %2 kann stattdessen bei jedem Verbindungsaufbau der Anwendung abgefragt werden (es wird dann nur im Arbeitsspeicher gehalten, solange die Anwendung läuft).</translation>
    </message>
    <message>
        <source>&amp;Ask each time</source>
        <translation>&amp;Jedes Mal abfragen</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>QlikCloudClient</name>
    <message>
        <source>Qlik Cloud was sent %1, but its answer did not say whether it was carried out (%2). The reload may have started: look at the app&apos;s reloads before starting it again.</source>
        <translation>Die Anfrage für %1 wurde an Qlik Cloud gesendet, aber aus der Antwort geht nicht hervor, ob sie ausgeführt wurde (%2). Der Ladevorgang wurde möglicherweise gestartet: Prüfen Sie die Ladevorgänge der App, bevor Sie ihn erneut starten.</translation>
    </message>
    <message>
        <source>its next page is on another server (%1); it was not followed, so the sign-in is not sent there</source>
        <translation>ihre nächste Seite liegt auf einem anderen Server (%1); dieser Verweis wurde nicht verfolgt, damit die Anmeldedaten nicht dorthin gesendet werden</translation>
    </message>
    <message numerus="yes">
        <source>its pages did not end after %n pages</source>
        <translation>
            <numerusform>nach %n Seite war noch kein Ende erreicht</numerusform>
            <numerusform>nach %n Seiten war noch kein Ende erreicht</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection check</source>
        <translation>die Verbindungsprüfung</translation>
    </message>
    <message>
        <source>the list of apps</source>
        <translation>die Liste der Apps</translation>
    </message>
    <message>
        <source>the list of spaces</source>
        <translation>die Liste der Bereiche</translation>
    </message>
    <message>
        <source>No app was named to reload.</source>
        <translation>Es wurde keine App zum Neuladen angegeben.</translation>
    </message>
    <message>
        <source>A reload takes at most %1 variables; %2 were given.</source>
        <translation>Ein Ladevorgang akzeptiert höchstens %1 Variablen; angegeben wurden %2.</translation>
    </message>
    <message>
        <source>The value of variable &apos;%1&apos; is longer than %2 characters.</source>
        <translation>Der Wert der Variable „%1“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>the reload</source>
        <translation>das Starten des Ladevorgangs</translation>
    </message>
    <message>
        <source>Qlik Cloud accepted the reload, but its answer could not be read (%1): the reload has likely started. Look at the app&apos;s reloads before starting it again.</source>
        <translation>Qlik Cloud hat den Ladevorgang angenommen, aber die Antwort konnte nicht gelesen werden (%1): Der Ladevorgang wurde wahrscheinlich gestartet. Prüfen Sie die Ladevorgänge der App, bevor Sie ihn erneut starten.</translation>
    </message>
    <message numerus="yes">
        <source>the status of %n reloads</source>
        <translation>
            <numerusform>die Statusabfrage für %n Ladevorgang</numerusform>
            <numerusform>die Statusabfrage für %n Ladevorgänge</numerusform>
        </translation>
    </message>
    <message>
        <source>Qlik Cloud does not take a filter by reload id (%1); reloads are asked one at a time from now on, a request each.</source>
        <translation>Qlik Cloud unterstützt keinen Filter nach Ladevorgangs-ID (%1); Ladevorgänge werden ab jetzt einzeln abgefragt, jeweils mit einer eigenen Anfrage.</translation>
    </message>
    <message>
        <source>the status of reload %1</source>
        <translation>die Statusabfrage für Ladevorgang %1</translation>
    </message>
    <message>
        <source>the newest reloads of app %1</source>
        <translation>die Abfrage der neuesten Ladevorgänge der App %1</translation>
    </message>
    <message>
        <source>the cancel of reload %1</source>
        <translation>das Abbrechen des Ladevorgangs %1</translation>
    </message>
    <message>
        <source>the script log of reload %1</source>
        <translation>das Skriptprotokoll des Ladevorgangs %1</translation>
    </message>
</context>
<context>
    <name>QlikService</name>
    <message>
        <source>The repository&apos;s answer to %1 could not be read: %2</source>
        <translation>Die Antwort des Repositorys auf %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 (app &apos;%2&apos;)</source>
        <translation>%1 (App „%2“)</translation>
    </message>
    <message>
        <source>No task has the id %1 on this server.</source>
        <translation>Auf diesem Server hat keine Aufgabe die ID %1.</translation>
    </message>
    <message>
        <source>No task is named &apos;%1&apos; on this server (names must match exactly).</source>
        <translation>Auf diesem Server heißt keine Aufgabe „%1“ (Namen müssen exakt übereinstimmen).</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks are named &apos;%1&apos;: %2. Start one of them by its id.</source>
        <translation>
            <numerusform>%n Aufgabe heißt „%1“: %2. Starten Sie eine davon über ihre ID.</numerusform>
            <numerusform>%n Aufgaben heißen „%1“: %2. Starten Sie eine davon über ihre ID.</numerusform>
        </translation>
    </message>
    <message>
        <source>Task &apos;%1&apos; is disabled; enable it in the QMC to start it.</source>
        <translation>Die Aufgabe „%1“ ist deaktiviert; aktivieren Sie sie in der QMC, um sie zu starten.</translation>
    </message>
    <message>
        <source>The repository did not start task &apos;%1&apos;: it answered the empty session id (the task may be disabled or already running, or no scheduler is available).</source>
        <translation>Das Repository hat die Aufgabe „%1“ nicht gestartet: Es hat eine leere Sitzungs-ID zurückgegeben (die Aufgabe ist möglicherweise deaktiviert oder läuft bereits, oder es ist kein Scheduler verfügbar).</translation>
    </message>
    <message>
        <source>the start of task &apos;%1&apos;</source>
        <translation>das Starten der Aufgabe „%1“</translation>
    </message>
    <message>
        <source>The start of task &apos;%1&apos; was not answered (%2), and the task was already running: whether it started again cannot be told.</source>
        <translation>Auf das Starten der Aufgabe „%1“ kam keine Antwort (%2), und die Aufgabe lief bereits: Ob sie erneut gestartet wurde, lässt sich nicht feststellen.</translation>
    </message>
    <message>
        <source>The start of task &apos;%1&apos; was not answered (%2), and the repository has no run of it since: the task was not started.</source>
        <translation>Auf das Starten der Aufgabe „%1“ kam keine Antwort (%2), und das Repository verzeichnet seitdem keine Ausführung: Die Aufgabe wurde nicht gestartet.</translation>
    </message>
    <message>
        <source>The answer to the start was lost (%1); the repository shows the run it started, which is followed.</source>
        <translation>Die Antwort auf das Starten ging verloren (%1); das Repository zeigt die dadurch gestartete Ausführung, die nun verfolgt wird.</translation>
    </message>
    <message>
        <source>The start of task &apos;%1&apos; was not answered (%2), and the repository could not be asked whether it started: the run may be going on on the server.</source>
        <translation>Auf das Starten der Aufgabe „%1“ kam keine Antwort (%2), und das Repository konnte nicht gefragt werden, ob sie gestartet wurde: Die Ausführung läuft möglicherweise auf dem Server.</translation>
    </message>
    <message>
        <source>the script log request</source>
        <translation>die Anforderung des Skriptprotokolls</translation>
    </message>
    <message>
        <source>empty ticket</source>
        <translation>leeres Ticket</translation>
    </message>
    <message>
        <source>[… the first %1 MB of this log are not shown …]</source>
        <translation>[… die ersten %1 MB dieses Protokolls werden nicht angezeigt …]</translation>
    </message>
</context>
<context>
    <name>QrsJson</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein boolescher Wert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>the answer is too large (%1 bytes, at most %2)</source>
        <translation>die Antwort ist zu groß (%1 Bytes, höchstens %2)</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
    <message>
        <source>the answer is HTML, not JSON (a login page? check the virtual proxy prefix and the user header name)</source>
        <translation>die Antwort ist HTML, nicht JSON (eine Anmeldeseite? Prüfen Sie das Präfix des virtuellen Proxys und den Namen des Benutzer-Headers)</translation>
    </message>
    <message>
        <source>the answer is not valid JSON: %1 at byte %2</source>
        <translation>die Antwort ist kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>expected a JSON array of %1, got an object</source>
        <translation>erwartet wurde ein JSON-Array (%1), erhalten wurde ein Objekt</translation>
    </message>
    <message>
        <source>expected a JSON object, got an array</source>
        <translation>erwartet wurde ein JSON-Objekt, erhalten wurde ein Array</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1 is not %2 but %3</source>
        <translation>%1 ist nicht %2, sondern %3</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>execution results</source>
        <translation>Ausführungsergebnisse</translation>
    </message>
    <message>
        <source>execution sessions</source>
        <translation>Ausführungssitzungen</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>%1 names no task</source>
        <translation>%1 verweist auf keine Aufgabe</translation>
    </message>
    <message>
        <source>%1.ruleState is %2, not 1 or 2</source>
        <translation>%1.ruleState ist %2, nicht 1 oder 2</translation>
    </message>
    <message>
        <source>triggers</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>the start call answered several values instead of a session id</source>
        <translation>der Startaufruf lieferte mehrere Werte statt einer Sitzungs-ID</translation>
    </message>
    <message>
        <source>the start call answered &apos;%1&apos;, which is not a session id</source>
        <translation>der Startaufruf lieferte „%1“, was keine Sitzungs-ID ist</translation>
    </message>
    <message>
        <source>a string or a number</source>
        <translation>eine Zeichenkette oder eine Zahl</translation>
    </message>
</context>
<context>
    <name>QrsReply</name>
    <message>
        <source>(none)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>The repository did not accept user %1\%2 named in X-Qlik-User with this client certificate: check that the URL is the repository&apos;s (port 4242), not a virtual proxy.</source>
        <translation>Das Repository hat den in X-Qlik-User angegebenen Benutzer %1\%2 mit diesem Clientzertifikat nicht akzeptiert: Prüfen Sie, ob die URL die des Repositorys ist (Port 4242) und nicht die eines virtuellen Proxys.</translation>
    </message>
    <message>
        <source>Check the virtual proxy prefix %1 (it must offer Windows sign-in), the user &apos;%2&apos; and the password.</source>
        <translation>Prüfen Sie das Präfix des virtuellen Proxys %1 (der Proxy muss die Windows-Anmeldung anbieten), den Benutzer „%2“ und das Passwort.</translation>
    </message>
    <message>
        <source>Check the virtual proxy prefix %1 (it must be a JWT virtual proxy) and the token: it may have expired, be signed with a key the proxy does not know, or name a user the proxy does not map.</source>
        <translation>Prüfen Sie das Präfix des virtuellen Proxys %1 (es muss zu einem virtuellen JWT-Proxy gehören) und das Token: Es ist möglicherweise abgelaufen, mit einem Schlüssel signiert, den der Proxy nicht kennt, oder nennt einen Benutzer, den der Proxy nicht zuordnet.</translation>
    </message>
    <message>
        <source>Check the virtual proxy prefix %1 and the user header name &apos;%2&apos;: the proxy did not accept user &apos;%3&apos; from them.</source>
        <translation>Prüfen Sie das Präfix des virtuellen Proxys %1 und den Namen des Benutzer-Headers „%2“: Der Proxy hat den darüber übermittelten Benutzer „%3“ nicht akzeptiert.</translation>
    </message>
    <message>
        <source>%1 did not accept the Windows sign-in of %2: the user name or the password is wrong, or the account may not sign in there.</source>
        <translation>%1 hat die Windows-Anmeldung von %2 nicht akzeptiert: Benutzername oder Passwort ist falsch, oder das Konto darf sich dort nicht anmelden.</translation>
    </message>
    <message>
        <source>The virtual proxy %1 does not offer Windows sign-in to this client: it answered with a forms login page. Use a virtual proxy with Windows authentication whose user agent pattern matches &quot;Windows&quot;.</source>
        <translation>Der virtuelle Proxy %1 bietet diesem Client keine Windows-Anmeldung an: Er hat mit einer Formular-Anmeldeseite geantwortet. Verwenden Sie einen virtuellen Proxy mit Windows-Authentifizierung, dessen Benutzer-Agent-Muster auf &quot;Windows&quot; passt.</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>The Windows sign-in at %1 did not end after %2 redirects.</source>
        <translation>Die Windows-Anmeldung bei %1 war nach %2 Weiterleitungen noch nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>%1 sent the Windows sign-in on to %2: only redirects to the same server are followed.</source>
        <translation>%1 hat die Windows-Anmeldung an %2 weitergeleitet: Es werden nur Weiterleitungen zum selben Server verfolgt.</translation>
    </message>
    <message>
        <source>%1 refused the token (401).</source>
        <translation>%1 hat das Token abgelehnt (401).</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Antwort des Servers: %1</translation>
    </message>
    <message>
        <source>The answer of %1 exceeded %2 MB, the most this kind of answer may have; it was not read further.</source>
        <translation>Die Antwort von %1 hat %2 MB überschritten, das Maximum für diese Art von Antwort; sie wurde nicht weiter gelesen.</translation>
    </message>
    <message>
        <source>%1 took longer than %2 s to answer (%3 bytes came); the request was given up.</source>
        <translation>%1 hat länger als %2 s für die Antwort gebraucht (%3 Bytes empfangen); die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>The connection to %1 was cut after %2 bytes of the answer.</source>
        <translation>Die Verbindung zu %1 wurde nach %2 Bytes der Antwort unterbrochen.</translation>
    </message>
    <message>
        <source>%1 presented a certificate with the SHA-256 fingerprint %2, not the one pinned for this profile (%3). Nothing was sent. If the server&apos;s certificate was replaced on purpose, pin the new one; otherwise something between you and the server may be listening in.</source>
        <translation>%1 hat ein Zertifikat mit dem SHA-256-Fingerabdruck %2 vorgelegt, nicht das für dieses Profil gepinnte (%3). Es wurde nichts gesendet. Wurde das Serverzertifikat absichtlich ersetzt, pinnen Sie das neue; andernfalls hört möglicherweise jemand zwischen Ihnen und dem Server mit.</translation>
    </message>
    <message>
        <source>%1 did not answer.</source>
        <translation>%1 hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>The certificate of %1 is made out for %2, not for %3: use one of those names in the server URL.</source>
        <translation>Das Zertifikat von %1 ist auf %2 ausgestellt, nicht auf %3: Verwenden Sie einen dieser Namen in der Server-URL.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2. Trust the server&apos;s certificate authority (CA certificate file) or check the host name in the URL.</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen: %2. Vertrauen Sie der Zertifizierungsstelle des Servers (CA-Zertifikatsdatei), oder prüfen Sie den Hostnamen in der URL.</translation>
    </message>
    <message>
        <source>the certificate was refused</source>
        <translation>das Zertifikat wurde abgelehnt</translation>
    </message>
    <message>
        <source>To trust this certificate alone for this profile, pin its SHA-256 fingerprint: %1.</source>
        <translation>Um für dieses Profil nur diesem Zertifikat zu vertrauen, pinnen Sie seinen SHA-256-Fingerabdruck: %1.</translation>
    </message>
    <message>
        <source>%1 refused the connection: is the server URL right and the service running?</source>
        <translation>%1 hat die Verbindung abgelehnt: Ist die Server-URL richtig, und läuft der Dienst?</translation>
    </message>
    <message>
        <source>Host %1 was not found: check the server URL.</source>
        <translation>Host %1 wurde nicht gefunden: Prüfen Sie die Server-URL.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <source>Network error talking to %1 (%2).</source>
        <translation>Netzwerkfehler bei der Kommunikation mit %1 (%2).</translation>
    </message>
    <message>
        <source>The server refused to authenticate the request (401).</source>
        <translation>Der Server hat die Authentifizierung der Anfrage abgelehnt (401).</translation>
    </message>
    <message>
        <source>The repository rejected the request&apos;s cross-site request forgery key (403 XSRF check failed).</source>
        <translation>Das Repository hat den Schlüssel der Anfrage zum Schutz vor Cross-Site-Request-Forgery abgelehnt (403, XSRF-Prüfung fehlgeschlagen).</translation>
    </message>
    <message>
        <source>Access denied (403) for user &apos;%1&apos; at %2.</source>
        <translation>Zugriff verweigert (403) für Benutzer „%1“ auf %2.</translation>
    </message>
    <message>
        <source>Not found (404): %1.</source>
        <translation>Nicht gefunden (404): %1.</translation>
    </message>
    <message>
        <source>The server is unavailable for now (HTTP %1).</source>
        <translation>Der Server ist derzeit nicht verfügbar (HTTP %1).</translation>
    </message>
    <message>
        <source>The server failed to handle %1 (HTTP %2).</source>
        <translation>Der Server konnte die Anfrage an %1 nicht verarbeiten (HTTP %2).</translation>
    </message>
    <message>
        <source>The server refused the request to %1 (HTTP %2).</source>
        <translation>Der Server hat die Anfrage an %1 abgelehnt (HTTP %2).</translation>
    </message>
    <message>
        <source>If the proxy says the request header is incorrect, use the server&apos;s fully qualified host name in the URL.</source>
        <translation>Meldet der Proxy, dass der Anfrage-Header fehlerhaft ist, verwenden Sie den vollqualifizierten Hostnamen des Servers in der URL.</translation>
    </message>
    <message>
        <source>%1 closed the connection as soon as it was opened: the repository did not accept the client certificate. Use the client certificate exported from this server&apos;s QMC (signed by its root certificate), and check that the port is the repository&apos;s (4242).</source>
        <translation>%1 hat die Verbindung sofort nach dem Öffnen geschlossen: Das Repository hat das Clientzertifikat nicht akzeptiert. Verwenden Sie das aus der QMC dieses Servers exportierte Clientzertifikat (von dessen Stammzertifikat signiert), und prüfen Sie, ob der Port der des Repositorys ist (4242).</translation>
    </message>
    <message>
        <source>The virtual proxy sent the request to its login page (HTTP %1 to %2) instead of answering.</source>
        <translation>Der virtuelle Proxy hat die Anfrage an seine Anmeldeseite weitergeleitet (HTTP %1 an %2), statt zu antworten.</translation>
    </message>
    <message>
        <source>another page</source>
        <translation>eine andere Seite</translation>
    </message>
    <message>
        <source>The server answered %1 with the unexpected HTTP status %2.</source>
        <translation>Der Server hat auf %1 mit dem unerwarteten HTTP-Status %2 geantwortet.</translation>
    </message>
    <message>
        <source>The server answered with an HTML page (usually a login page) where the repository answers JSON.</source>
        <translation>Der Server hat mit einer HTML-Seite (meist einer Anmeldeseite) geantwortet, wo das Repository JSON liefert.</translation>
    </message>
</context>
<context>
    <name>QrsRequestBuilder</name>
    <message>
        <source>No PEM certificate could be read from %1.</source>
        <translation>Aus %1 konnte kein PEM-Zertifikat gelesen werden.</translation>
    </message>
</context>
<context>
    <name>QrsRunServer</name>
    <message>
        <source>Qlik Sense repository %1</source>
        <translation>Qlik Sense-Repository %1</translation>
    </message>
    <message>
        <source>An external program task writes no script log; only reload tasks do.</source>
        <translation>Eine Aufgabe „Externes Programm“ schreibt kein Skriptprotokoll; das tun nur Ladeaufgaben.</translation>
    </message>
    <message>
        <source>A user sync task writes no script log; only reload tasks do.</source>
        <translation>Eine Benutzersynchronisierungsaufgabe schreibt kein Skriptprotokoll; das tun nur Ladeaufgaben.</translation>
    </message>
    <message>
        <source>the repository refused a query by modifiedDate: %1</source>
        <translation>das Repository hat eine Abfrage nach modifiedDate abgelehnt: %1</translation>
    </message>
    <message>
        <source>the repository&apos;s execution results carry no modifiedDate</source>
        <translation>die Ausführungsergebnisse des Repositorys enthalten kein modifiedDate</translation>
    </message>
    <message>
        <source>execution result %1 changed (%2 → %3) while its modifiedDate did not move from %4</source>
        <translation>Ausführungsergebnis %1 hat sich geändert (%2 → %3), während sein modifiedDate unverändert bei %4 blieb</translation>
    </message>
    <message>
        <source>the repository dates its execution results (modifiedDate): one request per poll</source>
        <translation>das Repository datiert seine Ausführungsergebnisse (modifiedDate): eine Anfrage pro Abfragezyklus</translation>
    </message>
</context>
<context>
    <name>RateLimitGate</name>
    <message>
        <source>Held back by the tenant&apos;s rate limit: Qlik Cloud answered 429 (too many requests), so nothing is sent before %1.</source>
        <translation>Durch die Ratenbegrenzung des Mandanten zurückgehalten: Qlik Cloud hat mit 429 (zu viele Anfragen) geantwortet, daher wird vor %1 nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Held back by the tenant&apos;s rate limit: at most %n reloads are started a minute.</source>
        <translation>
            <numerusform>Durch die Ratenbegrenzung des Mandanten zurückgehalten: Es wird höchstens %n Ladevorgang pro Minute gestartet.</numerusform>
            <numerusform>Durch die Ratenbegrenzung des Mandanten zurückgehalten: Es werden höchstens %n Ladevorgänge pro Minute gestartet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held back by the tenant&apos;s rate limit: at most %n changes are sent a minute.</source>
        <translation>
            <numerusform>Durch die Ratenbegrenzung des Mandanten zurückgehalten: Es wird höchstens %n Änderung pro Minute gesendet.</numerusform>
            <numerusform>Durch die Ratenbegrenzung des Mandanten zurückgehalten: Es werden höchstens %n Änderungen pro Minute gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held back by the tenant&apos;s rate limit: at most %n questions are asked a minute.</source>
        <translation>
            <numerusform>Durch die Ratenbegrenzung des Mandanten zurückgehalten: Es wird höchstens %n Leseanfrage pro Minute gestellt.</numerusform>
            <numerusform>Durch die Ratenbegrenzung des Mandanten zurückgehalten: Es werden höchstens %n Leseanfragen pro Minute gestellt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunAnnouncement</name>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is the task&apos;s name, %2 how it ended: &quot;succeeded&quot;, &quot;failed&quot;, &quot;aborted&quot;...</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>profile · status · duration</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) finished, %1 failed</source>
        <translation>
            <numerusform>%n Aufgabe beendet, %1 fehlgeschlagen</numerusform>
            <numerusform>%n Aufgaben beendet, %1 fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) finished</source>
        <translation>
            <numerusform>%n Aufgabe beendet</numerusform>
            <numerusform>%n Aufgaben beendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) finished successfully</source>
        <translation>
            <numerusform>%n Aufgabe erfolgreich abgeschlossen</numerusform>
            <numerusform>%n Aufgaben erfolgreich abgeschlossen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 · %3</source>
        <extracomment>one line per run of a grouped notification: task, outcome, profile</extracomment>
        <translation>%1: %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunDetailsPane</name>
    <message>
        <source>Select a run to see its details.</source>
        <translation>Wählen Sie eine Ausführung aus, um ihre Details anzuzeigen.</translation>
    </message>
    <message>
        <source>Attempts on the server</source>
        <translation>Versuche auf dem Server</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Status history (as seen by this app)</source>
        <translation>Statusverlauf (aus Sicht dieser Anwendung)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Execution messages</source>
        <translation>Ausführungsmeldungen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Script log</source>
        <translation>Skriptprotokoll</translation>
    </message>
    <message>
        <source>Load script log</source>
        <translation>Skriptprotokoll laden</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>The script log is fetched from the server on demand, and at once for a failed run.</source>
        <translation>Das Skriptprotokoll wird bei Bedarf vom Server abgerufen, bei einer fehlgeschlagenen Ausführung sofort.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>The script log could not be fetched: %1</source>
        <translation>Das Skriptprotokoll konnte nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>App: %1</source>
        <translation>App: %1</translation>
    </message>
    <message>
        <source>Space: %1</source>
        <translation>Bereich: %1</translation>
    </message>
    <message>
        <source>App id: %1</source>
        <translation>App-ID: %1</translation>
    </message>
    <message>
        <source>Task id: %1</source>
        <translation>Aufgaben-ID: %1</translation>
    </message>
    <message>
        <source>Reload: %1</source>
        <translation>Ladevorgang: %1</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Sitzung: %1</translation>
    </message>
    <message>
        <source>Node: %1</source>
        <translation>Knoten: %1</translation>
    </message>
    <message>
        <source>Seen on the server %1</source>
        <extracomment>%1: when the app first saw a run it did not start</extracomment>
        <translation>Auf dem Server erkannt: %1</translation>
    </message>
    <message>
        <source>Triggered %1</source>
        <extracomment>%1: when the app first saw a run that a trigger started</extracomment>
        <translation>Ausgelöst: %1</translation>
    </message>
    <message>
        <source>Requested %1</source>
        <translation>Angefordert: %1</translation>
    </message>
    <message>
        <source>Started on the server %1</source>
        <translation>Auf dem Server gestartet: %1</translation>
    </message>
    <message>
        <source>Not started on the server yet</source>
        <translation>Auf dem Server noch nicht gestartet</translation>
    </message>
    <message>
        <source>Ended on the server %1</source>
        <translation>Auf dem Server beendet: %1</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Läuft noch</translation>
    </message>
    <message>
        <source>Duration %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <source>Fetching the script log…</source>
        <translation>Skriptprotokoll wird abgerufen…</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>script log</source>
        <translation>Skriptprotokoll</translation>
    </message>
    <message>
        <source>Save script log</source>
        <translation>Skriptprotokoll speichern</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Protokolldateien (*.log *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
        <source>Could not save to %1: %2</source>
        <translation>Speichern unter %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <source>Seen on the server</source>
        <translation>Auf dem Server erkannt</translation>
    </message>
    <message>
        <source>Triggered</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message>
        <source>The run history %1 cannot be read (%2) and cannot be moved aside (%3): no history is kept in this session.</source>
        <translation>Der Ausführungsverlauf %1 kann weder gelesen (%2) noch verschoben werden (%3): In dieser Sitzung wird kein Verlauf geführt.</translation>
    </message>
    <message>
        <source>The run history could not be read (%1). It was moved aside to %2 and a new history was started.</source>
        <translation>Der Ausführungsverlauf konnte nicht gelesen werden (%1). Er wurde nach %2 verschoben, und ein neuer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <source>The new run history cannot be used either (%1): no history is kept in this session.</source>
        <translation>Auch der neue Ausführungsverlauf kann nicht verwendet werden (%1): In dieser Sitzung wird kein Verlauf geführt.</translation>
    </message>
    <message>
        <source>The run history %1 cannot be opened (%2): no history is kept in this session.</source>
        <translation>Der Ausführungsverlauf %1 kann nicht geöffnet werden (%2): In dieser Sitzung wird kein Verlauf geführt.</translation>
    </message>
    <message>
        <source>the SQLite driver of Qt is not installed</source>
        <translation>der SQLite-Treiber von Qt ist nicht installiert</translation>
    </message>
    <message>
        <source>the folder %1 cannot be made</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The run history %1 was written by a newer version of this app (format %2; this version knows up to %3). It is left as it is and no history is kept in this session.</source>
        <translation>Der Ausführungsverlauf %1 wurde von einer neueren Version dieser Anwendung geschrieben (Format %2; diese Version kennt Formate bis %3). Er bleibt unverändert, und in dieser Sitzung wird kein Verlauf geführt.</translation>
    </message>
    <message>
        <source>The run history could not be read in full (%1).</source>
        <translation>Der Ausführungsverlauf konnte nicht vollständig gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The run history cannot be written (%1): finished runs are not kept until it can.</source>
        <translation>Der Ausführungsverlauf kann nicht geschrieben werden (%1): Abgeschlossene Ausführungen werden erst wieder gespeichert, sobald dies möglich ist.</translation>
    </message>
</context>
<context>
    <name>RunJournal</name>
    <message numerus="yes">
        <source>%n with values that could not be read</source>
        <translation>
            <numerusform>%n mit unlesbaren Werten</numerusform>
            <numerusform>%n mit unlesbaren Werten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a profile</source>
        <translation>
            <numerusform>%n ohne Profil</numerusform>
            <numerusform>%n ohne Profil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n whose session id is not a guid</source>
        <translation>
            <numerusform>%n mit ungültiger Sitzungs-ID (keine GUID)</numerusform>
            <numerusform>%n mit ungültiger Sitzungs-ID (keine GUID)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n whose task id is not a guid</source>
        <translation>
            <numerusform>%n mit ungültiger Aufgaben-ID (keine GUID)</numerusform>
            <numerusform>%n mit ungültiger Aufgaben-ID (keine GUID)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n whose start time is not a date</source>
        <translation>
            <numerusform>%n mit ungültiger Startzeit (kein Datum)</numerusform>
            <numerusform>%n mit ungültiger Startzeit (kein Datum)</numerusform>
        </translation>
    </message>
    <message>
        <source>runs in flight</source>
        <translation>laufenden Ausführungen</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in flight kept in %1 could not be read and are no longer followed: %2.</source>
        <translation>
            <numerusform>%n in %1 gespeicherte laufende Ausführung konnte nicht gelesen werden und wird nicht mehr verfolgt: %2.</numerusform>
            <numerusform>%n in %1 gespeicherte laufende Ausführungen konnten nicht gelesen werden und werden nicht mehr verfolgt: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tasks: %1.</source>
        <translation>Aufgaben: %1.</translation>
    </message>
</context>
<context>
    <name>RunStyle</name>
    <message>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Kontakt verloren</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>Kontakt verloren</translation>
    </message>
    <message>
        <source>Will not start</source>
        <translation>Wird nicht gestartet</translation>
    </message>
    <message>
        <source>Waiting for its trigger</source>
        <translation>Wartet auf Trigger</translation>
    </message>
</context>
<context>
    <name>RunSupervisor</name>
    <message>
        <source>note: asking for every run by its session id from now on (%1)</source>
        <translation>Hinweis: Ab jetzt wird jede Ausführung einzeln über ihre Sitzungs-ID abgefragt (%1)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>note: requests go out again (no rate limit holds them)</source>
        <translation>Hinweis: Anfragen werden wieder gesendet (keine Ratenbegrenzung hält sie zurück)</translation>
    </message>
    <message>
        <source>warning: could not stop task %1: %2</source>
        <translation>Warnung: Aufgabe %1 konnte nicht angehalten werden: %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>the run has no execution result</source>
        <translation>die Ausführung hat kein Ausführungsergebnis</translation>
    </message>
    <message>
        <source>--timeout passed while it was being fetched; not waiting for it</source>
        <translation>--timeout ist abgelaufen, während es abgerufen wurde; es wird nicht weiter darauf gewartet</translation>
    </message>
    <message>
        <source>interrupted by %1 while it was being fetched</source>
        <translation>durch %1 unterbrochen, während es abgerufen wurde</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>übermittelt</translation>
    </message>
</context>
<context>
    <name>RunTracker</name>
    <message>
        <source>the server has answered for %1 without any record of session %2 (grace period %3).</source>
        <translation>der Server antwortet seit %1, kennt aber Sitzung %2 nicht (Toleranzzeit %3).</translation>
    </message>
    <message>
        <source>the records of session %2 have been gone for %1 (grace period %3); the server may have been restarted without its sessions.</source>
        <translation>die Einträge zu Sitzung %2 fehlen seit %1 (Toleranzzeit %3); der Server wurde möglicherweise ohne seine Sitzungen neu gestartet.</translation>
    </message>
    <message>
        <source>The server has no record of this run: %1</source>
        <translation>Der Server kennt diese Ausführung nicht: %1</translation>
    </message>
    <message>
        <source>no answer within %1</source>
        <translation>keine Antwort innerhalb von %1</translation>
    </message>
    <message>
        <source>Lost contact: the server has not answered for %1 (grace period %2). Last error: %3</source>
        <translation>Kontakt verloren: Der Server antwortet seit %1 nicht (Toleranzzeit %2). Letzter Fehler: %3</translation>
    </message>
</context>
<context>
    <name>RunsFilterProxy</name>
    <message>
        <source>All runs</source>
        <translation>Alle Ausführungen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <source>Overdue: usually %1</source>
        <extracomment>%1: how long the task usually takes</extracomment>
        <translation>Überfällig: normalerweise %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <extracomment>the expected time of a run&apos;s end</extracomment>
        <translation>ca. %1</translation>
    </message>
    <message>
        <source>Usually takes %1 (the median of its last successful runs); running for %2.</source>
        <translation>Dauert normalerweise %1 (Median der letzten erfolgreichen Ausführungen); läuft seit %2.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Letzte Meldung</translation>
    </message>
    <message>
        <source>Expected end</source>
        <translation>Voraussichtliches Ende</translation>
    </message>
    <message>
        <source>%1 · chain running</source>
        <extracomment>%1: the run&apos;s own status; the runs its end started still run</extracomment>
        <translation>%1 · Kette läuft</translation>
    </message>
    <message>
        <source>%1 · chain succeeded</source>
        <extracomment>%1: the run&apos;s own status; everything its end started succeeded</extracomment>
        <translation>%1 · Kette erfolgreich</translation>
    </message>
    <message>
        <source>%1 · chain failed</source>
        <extracomment>%1: the run&apos;s own status; something its end started failed or will not start</extracomment>
        <translation>%1 · Kette fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Chain: %n run(s)</source>
        <translation>
            <numerusform>Kette: %n Ausführung</numerusform>
            <numerusform>Kette: %n Ausführungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fehlgeschlagen</numerusform>
            <numerusform>, %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n running</source>
        <translation>
            <numerusform>, %n laufend</numerusform>
            <numerusform>, %n laufend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n trigger(s) will not start</source>
        <translation>
            <numerusform>; %n Trigger löst nicht aus</numerusform>
            <numerusform>; %n Trigger lösen nicht aus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n trigger(s) waiting</source>
        <translation>
            <numerusform>; %n Trigger wartet</numerusform>
            <numerusform>; %n Trigger warten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Trigger “%2” on the end of “%3”</source>
        <extracomment>%1: a task; %2: its trigger; %3: the task whose end met the trigger</extracomment>
        <translation>%1
Trigger „%2“ beim Ende von „%3“</translation>
    </message>
    <message>
        <source>Seen on the server: started by a schedule, a trigger or somebody else</source>
        <translation>Auf dem Server erkannt: gestartet durch einen Zeitplan, einen Trigger oder jemand anderen</translation>
    </message>
    <message>
        <source>Started by a trigger on the end of another task</source>
        <translation>Durch einen Trigger beim Ende einer anderen Aufgabe gestartet</translation>
    </message>
    <message>
        <source>Started by a trigger when “%1” ended</source>
        <translation>Durch einen Trigger gestartet, als „%1“ endete</translation>
    </message>
    <message>
        <source>Started by trigger “%1” when “%2” ended</source>
        <translation>Durch Trigger „%1“ gestartet, als „%2“ endete</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>Production (scheduler)</source>
        <translation>Produktion (Scheduler)</translation>
    </message>
    <message>
        <source>Production (repository)</source>
        <translation>Produktion (Repository)</translation>
    </message>
    <message>
        <source>Production (my account)</source>
        <translation>Produktion (mein Konto)</translation>
    </message>
    <message>
        <source>Production (automation)</source>
        <translation>Produktion (Automatisierung)</translation>
    </message>
    <message>
        <source>Qlik Cloud (my key)</source>
        <translation>Qlik Cloud (mein Schlüssel)</translation>
    </message>
    <message>
        <source>Qlik Cloud (scheduler)</source>
        <translation>Qlik Cloud (Scheduler)</translation>
    </message>
</context>
<context>
    <name>ServerWatch</name>
    <message>
        <source>This server cannot tell every run that changed on it: watching needs a Qlik Sense repository that dates its execution results.</source>
        <translation>Dieser Server kann nicht alle Ausführungen melden, die sich auf ihm geändert haben: Die Beobachtung erfordert ein Qlik Sense-Repository, das seine Ausführungsergebnisse datiert.</translation>
    </message>
    <message>
        <source>Watching stopped: the server can no longer be asked for the runs that changed (%1).</source>
        <translation>Beobachtung beendet: Der Server kann nicht mehr nach geänderten Ausführungen gefragt werden (%1).</translation>
    </message>
</context>
<context>
    <name>SettingsCheck</name>
    <message>
        <source>an unreadable value</source>
        <translation>ein unlesbarer Wert</translation>
    </message>
    <message>
        <source>%1 could not be opened for reading.</source>
        <translation>%1 konnte nicht zum Lesen geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 is not a well-formed settings file: parts of it were skipped.</source>
        <translation>%1 ist keine fehlerfreie Einstellungsdatei: Teile davon wurden übersprungen.</translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation>Zeile %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a well-formed settings file: %n line(s) could not be read and were skipped: %2.</source>
        <translation>
            <numerusform>%1 ist keine fehlerfreie Einstellungsdatei: %n Zeile konnte nicht gelesen werden und wurde übersprungen: %2.</numerusform>
            <numerusform>%1 ist keine fehlerfreie Einstellungsdatei: %n Zeilen konnten nicht gelesen werden und wurden übersprungen: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list of %1 in %2 has no size: the file may have been cut short. %n entry(s) found were read.</source>
        <translation>
            <numerusform>Die Liste der %1 in %2 hat keine Größenangabe: Die Datei wurde möglicherweise abgeschnitten. %n gefundener Eintrag wurde gelesen.</numerusform>
            <numerusform>Die Liste der %1 in %2 hat keine Größenangabe: Die Datei wurde möglicherweise abgeschnitten. %n gefundene Einträge wurden gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list of %1 in %2 gives its size as %3, which is not a number. %n entry(s) found were read.</source>
        <translation>
            <numerusform>Die Liste der %1 in %2 gibt ihre Größe mit %3 an; das ist keine Zahl. %n gefundener Eintrag wurde gelesen.</numerusform>
            <numerusform>Die Liste der %1 in %2 gibt ihre Größe mit %3 an; das ist keine Zahl. %n gefundene Einträge wurden gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list of %1 in %2 should hold %3 entries but %n were found and read.</source>
        <translation>
            <numerusform>Die Liste der %1 in %2 sollte %3 Einträge enthalten, aber %n wurde gefunden und gelesen.</numerusform>
            <numerusform>Die Liste der %1 in %2 sollte %3 Einträge enthalten, aber %n wurden gefunden und gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>it is not a file that can be copied</source>
        <translation>es ist keine Datei, die kopiert werden kann</translation>
    </message>
    <message>
        <source>The file as it was is saved as %1.</source>
        <translation>Die Datei wurde im ursprünglichen Zustand als %1 gesichert.</translation>
    </message>
    <message>
        <source>No copy of %1 could be saved (%2), so the app writes nothing to it.</source>
        <translation>Von %1 konnte keine Kopie gespeichert werden (%2), daher schreibt die Anwendung nichts hinein.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Poll running tasks every</source>
        <translation>&amp;Abfrageintervall für laufende Aufgaben</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Finished runs to keep</source>
        <translation>Abgeschlossene Ausführungen &amp;behalten</translation>
    </message>
    <message>
        <source>Keep &amp;history for</source>
        <translation>&amp;Verlauf aufbewahren</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>For ever</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>&amp;Notify about</source>
        <translation>Be&amp;nachrichtigen über</translation>
    </message>
    <message>
        <source>&amp;Closing the window keeps the app in the system tray</source>
        <translation>Beim &amp;Schließen des Fensters bleibt die Anwendung im Infobereich</translation>
    </message>
    <message>
        <source>Start at &amp;login</source>
        <translation>Bei der Anmeldung s&amp;tarten</translation>
    </message>
    <message>
        <source>Finished runs older than this leave the history; 0 keeps them for ever.</source>
        <translation>Abgeschlossene Ausführungen, die älter sind als angegeben, werden aus dem Verlauf entfernt; bei 0 bleiben sie unbegrenzt erhalten.</translation>
    </message>
    <message>
        <source>Every finished run</source>
        <translation>Jede abgeschlossene Ausführung</translation>
    </message>
    <message>
        <source>Failed runs only</source>
        <translation>Nur fehlgeschlagene Ausführungen</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>Which finished runs a desktop notification tells about. Runs that end together make one notification.</source>
        <translation>Über welche abgeschlossenen Ausführungen eine Desktop-Benachrichtigung informiert. Gleichzeitig endende Ausführungen werden in einer Benachrichtigung zusammengefasst.</translation>
    </message>
    <message>
        <source>Starts the app when you log in to this desktop (a freedesktop autostart entry: %1).</source>
        <translation>Startet die Anwendung, wenn Sie sich an diesem Desktop anmelden (ein freedesktop-Autostart-Eintrag: %1).</translation>
    </message>
    <message>
        <source>How often running tasks are checked; applies at once to every profile.</source>
        <translation>Wie oft laufende Aufgaben abgefragt werden; gilt sofort für alle Profile.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>The new language shows when the app starts again.</source>
        <translation>Die neue Sprache wird beim nächsten Start der Anwendung angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>TaskBrowserDialog</name>
    <message>
        <source>Run tasks</source>
        <translation>Aufgaben starten</translation>
    </message>
    <message>
        <source>Search by task, app, stream or tag, or paste a task id</source>
        <translation>Nach Aufgabe, App, Stream oder Tag suchen oder eine Aufgaben-ID einfügen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Run tasks on %1</source>
        <translation>Aufgaben starten – %1</translation>
    </message>
    <message>
        <source>Reload apps on %1</source>
        <translation>Apps neu laden – %1</translation>
    </message>
    <message>
        <source>Search by app or space, or paste an app id</source>
        <translation>Nach App oder Bereich suchen oder eine App-ID einfügen</translation>
    </message>
    <message>
        <source>List the tasks again (%1)</source>
        <translation>Aufgaben neu auflisten (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation>
            <numerusform>%n App</numerusform>
            <numerusform>%n Apps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n disabled (greyed out)</source>
        <translation>
            <numerusform>, %n deaktiviert (ausgegraut)</numerusform>
            <numerusform>, %n deaktiviert (ausgegraut)</numerusform>
        </translation>
    </message>
    <message>
        <source>The tasks could not be listed: %1</source>
        <translation>Die Aufgaben konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Loading the tasks…</source>
        <translation>Aufgaben werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>Run %n tasks</source>
        <translation>
            <numerusform>%n Aufgabe starten</numerusform>
            <numerusform>%n Aufgaben starten</numerusform>
        </translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Aufgaben durchsuchen</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
</context>
<context>
    <name>TaskFilter</name>
    <message>
        <source>&apos;%1&apos; is not FIELD=PATTERN with FIELD one of task, tag, stream, app</source>
        <translation>„%1“ hat nicht die Form FELD=MUSTER mit FELD aus task, tag, stream, app</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the pattern is empty</source>
        <translation>„%1“: Das Muster ist leer</translation>
    </message>
</context>
<context>
    <name>TaskRef</name>
    <message>
        <source>task %1</source>
        <translation>Aufgabe %1</translation>
    </message>
    <message>
        <source>task &apos;%1&apos;</source>
        <translation>Aufgabe „%1“</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>Never started</source>
        <translation>Nie gestartet</translation>
    </message>
    <message>
        <source>Triggered</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Stop requested</source>
        <translation>Abbruch eingeleitet</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Wird abgebrochen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Finished successfully</source>
        <translation>Erfolgreich abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Failed, retrying</source>
        <translation>Fehlgeschlagen, erneuter Versuch</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurückgesetzt</translation>
    </message>
    <message>
        <source>Waiting for distribution</source>
        <translation>Wartet auf Verteilung</translation>
    </message>
    <message>
        <source>Distributing</source>
        <translation>Wird verteilt</translation>
    </message>
    <message>
        <source>Unknown status %1</source>
        <translation>Unbekannter Status %1</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <source>%1 (disabled: cannot be started)</source>
        <translation>%1 (deaktiviert: kann nicht gestartet werden)</translation>
    </message>
    <message>
        <source>(personal)</source>
        <translation>(persönlich)</translation>
    </message>
    <message>
        <source>(unpublished)</source>
        <translation>(nicht veröffentlicht)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>Nie ausgeführt</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Nicht geplant</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Last status</source>
        <translation>Letzter Status</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzte Ausführung</translation>
    </message>
    <message>
        <source>Next execution</source>
        <translation>Nächste Ausführung</translation>
    </message>
</context>
<context>
    <name>TextFormat</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message numerus="yes">
        <source>and %n more…</source>
        <translation>
            <numerusform>und %n weitere…</numerusform>
            <numerusform>und %n weitere…</numerusform>
        </translation>
    </message>
    <message>
        <source>Recently finished</source>
        <translation>Kürzlich abgeschlossen</translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation>Noch keine Ausführungen</translation>
    </message>
    <message>
        <source>&amp;Run task…</source>
        <translation>Aufgabe &amp;starten…</translation>
    </message>
    <message>
        <source>&amp;Pause polling</source>
        <translation>Abfrage &amp;pausieren</translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation>&amp;Fenster anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>a run in the tray menu: task · status · duration</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>WatchSupervisor</name>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>note: --timeout passed; the watch ends</source>
        <translation>Hinweis: --timeout ist abgelaufen; die Beobachtung endet</translation>
    </message>
    <message>
        <source>error: cannot watch %1: %2</source>
        <translation>Fehler: %1 kann nicht beobachtet werden: %2</translation>
    </message>
    <message>
        <source>error: the server no longer accepts the sign-in: %1</source>
        <translation>Fehler: Der Server akzeptiert die Anmeldung nicht mehr: %1</translation>
    </message>
    <message>
        <source>error: no answer from the server for %1 (grace period %2)</source>
        <translation>Fehler: seit %1 keine Antwort vom Server (Toleranzzeit %2)</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Demo (simulator)</source>
        <translation>Demo (Simulator)</translation>
    </message>
    <message>
        <source>Qlik Cloud demo (simulator)</source>
        <translation>Demo für Qlik Cloud (Simulator)</translation>
    </message>
    <message numerus="yes">
        <source>No profile is chosen to start %n task(s) on.</source>
        <translation>
            <numerusform>Es ist kein Profil ausgewählt, mit dem %n Aufgabe gestartet werden soll.</numerusform>
            <numerusform>Es ist kein Profil ausgewählt, mit dem %n Aufgaben gestartet werden sollen.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no profile called “%1”; profiles: %2.</source>
        <translation>Es gibt kein Profil namens „%1“; vorhandene Profile: %2.</translation>
    </message>
    <message>
        <source>Starting the demo simulator…</source>
        <translation>Demo-Simulator wird gestartet…</translation>
    </message>
    <message>
        <source>Getting the secret of %1 from the keychain…</source>
        <translation>Zugangsdaten für %1 werden aus dem Schlüsselspeicher gelesen…</translation>
    </message>
    <message>
        <source>%1 is not connected: its password or token was not given. Choose the profile again to give it.</source>
        <translation>%1 ist nicht verbunden: Das Passwort bzw. Token wurde nicht angegeben. Wählen Sie das Profil erneut aus, um es einzugeben.</translation>
    </message>
    <message>
        <source>No profile yet: add one under Profiles.</source>
        <translation>Noch kein Profil: Fügen Sie eines unter „Profile“ hinzu.</translation>
    </message>
    <message>
        <source>No active profile: choose one in the toolbar.</source>
        <translation>Kein aktives Profil: Wählen Sie eines in der Symbolleiste aus.</translation>
    </message>
    <message>
        <source>No profile is active.</source>
        <translation>Es ist kein Profil aktiv.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start Qlik Sense tasks and watch them run.</source>
        <translation>Qlik Sense-Aufgaben starten und ihre Ausführung verfolgen.</translation>
    </message>
    <message>
        <source>Start on the demo profile (the bundled simulator).</source>
        <translation>Mit dem Demo-Profil starten (mitgelieferter Simulator).</translation>
    </message>
    <message>
        <source>Developer option: run a few tasks, save screenshots into &lt;directory&gt; and quit.</source>
        <translation>Entwickleroption: einige Aufgaben ausführen, Bildschirmfotos in &lt;Verzeichnis&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Keep settings in this INI file instead of the user&apos;s settings.</source>
        <translation>Einstellungen in dieser INI-Datei statt in den Benutzereinstellungen speichern.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The profile the --run tasks start on (default: the active one).</source>
        <translation>Profil, mit dem die per --run angegebenen Aufgaben gestartet werden (Standard: das aktive).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Start this task (id or exact name); repeatable. In the app already running, when there is one.</source>
        <translation>Diese Aufgabe starten (ID oder exakter Name); mehrfach angebbar. Läuft die Anwendung bereits, wird die Aufgabe dort gestartet.</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Cannot start tasks</source>
        <translation>Aufgaben können nicht gestartet werden</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; has no secret in the keychain (save it in the desktop app), or %2</source>
        <translation>Profil „%1“ hat keine Zugangsdaten im Schlüsselspeicher (speichern Sie sie in der Desktop-Anwendung); alternativ: %2</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos;: %2 Instead, %3</source>
        <translation>Profil „%1“: %2 Stattdessen: %3</translation>
    </message>
    <message>
        <source>qlik-task: warning: %1
</source>
        <translation>qlik-task: Warnung: %1
</translation>
    </message>
    <message>
        <source>qlik-task %1
</source>
        <translation>qlik-task %1
</translation>
    </message>
    <message>
        <source>qlik-task: %1
Try &apos;qlik-task --help&apos; for more information.
</source>
        <translation>qlik-task: %1
Weitere Informationen erhalten Sie mit &apos;qlik-task --help&apos;.
</translation>
    </message>
</context>
</TS>
