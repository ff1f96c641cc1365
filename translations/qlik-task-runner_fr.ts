<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>AppSettings</name>
    <message>
        <source>The setting “%1” in %2 is %3, which is neither true nor false, so %4 is used.</source>
        <translation>Le paramètre «&#xa0;%1&#xa0;» de %2 vaut %3, ce qui n&apos;est ni true ni false&#xa0;; la valeur %4 est donc utilisée.</translation>
    </message>
    <message>
        <source>The setting “%1” in %2 is %3, which is not a whole number, so %4 is used.</source>
        <translation>Le paramètre «&#xa0;%1&#xa0;» de %2 vaut %3, ce qui n&apos;est pas un nombre entier&#xa0;; la valeur %4 est donc utilisée.</translation>
    </message>
    <message>
        <source>The setting “%1” in %2 could not be read, so the default is used.</source>
        <translation>Le paramètre «&#xa0;%1&#xa0;» de %2 n&apos;a pas pu être lu&#xa0;; la valeur par défaut est donc utilisée.</translation>
    </message>
</context>
<context>
    <name>BearerToken</name>
    <message>
        <source>The token expired on %1: the proxy will refuse it. Get a new one.</source>
        <translation>Le jeton a expiré le %1&#xa0;: le proxy le refusera. Procurez-vous-en un nouveau.</translation>
    </message>
    <message>
        <source>The token expires on %1 (in %2): runs that go on longer lose their sign-in then.</source>
        <translation>Le jeton expire le %1 (dans %2)&#xa0;: les exécutions qui se prolongeront au-delà perdront alors leur connexion.</translation>
    </message>
</context>
<context>
    <name>CertificateProbe</name>
    <message>
        <source>the server presented no certificate</source>
        <translation>le serveur n&apos;a présenté aucun certificat</translation>
    </message>
    <message>
        <source>no TLS handshake within the request timeout</source>
        <translation>aucune négociation TLS dans le délai d&apos;attente de la requête</translation>
    </message>
</context>
<context>
    <name>ChainFollower</name>
    <message>
        <source>succeed</source>
        <translation>réussisse</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>échoue</translation>
    </message>
    <message>
        <source>this server cannot tell the runs it starts by itself</source>
        <translation>ce serveur ne signale pas les exécutions qu&apos;il démarre de lui-même</translation>
    </message>
    <message>
        <source>the triggers on %1 could not be read: %2</source>
        <translation>les déclencheurs de %1 n&apos;ont pas pu être lus&#xa0;: %2</translation>
    </message>
    <message>
        <source>its trigger &quot;%1&quot; is disabled</source>
        <translation>son déclencheur «&#xa0;%1&#xa0;» est désactivé</translation>
    </message>
    <message>
        <source>the task is disabled</source>
        <translation>la tâche est désactivée</translation>
    </message>
    <message>
        <source>its trigger waits for %1 to end</source>
        <translation>son déclencheur attend la fin de %1</translation>
    </message>
    <message>
        <source>its trigger &quot;%1&quot; also needs &quot;%2&quot; to %3 within %4, which did not happen</source>
        <translation>son déclencheur «&#xa0;%1&#xa0;» exige aussi que «&#xa0;%2&#xa0;» %3 dans un délai de %4, ce qui ne s&apos;est pas produit</translation>
    </message>
    <message>
        <source>waits for the task to start</source>
        <translation>attend le démarrage de la tâche</translation>
    </message>
    <message>
        <source>this server cannot be asked for the runs that changed (%1), so the runs its triggers start cannot be seen</source>
        <translation>ce serveur ne peut pas être interrogé sur les exécutions modifiées (%1)&#xa0;; les exécutions démarrées par ses déclencheurs sont donc invisibles</translation>
    </message>
    <message>
        <source>every rule of its trigger was met, but the task did not start within %1</source>
        <translation>toutes les conditions de son déclencheur étaient remplies, mais la tâche n&apos;a pas démarré dans un délai de %1</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>it is larger than %1 KiB</source>
        <translation>le fichier dépasse %1&#xa0;Kio</translation>
    </message>
    <message>
        <source>the file &apos;%1&apos; does not exist</source>
        <translation>le fichier «&#xa0;%1&#xa0;» n&apos;existe pas</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a file</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>cannot read the file &apos;%1&apos;</source>
        <translation>impossible de lire le fichier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the file &apos;%1&apos; holds no PEM certificate (a &quot;-----BEGIN CERTIFICATE-----&quot; block)</source>
        <translation>le fichier «&#xa0;%1&#xa0;» ne contient aucun certificat PEM (bloc &quot;-----BEGIN CERTIFICATE-----&quot;)</translation>
    </message>
    <message>
        <source>--profile: there is no saved profile called &apos;%1&apos; (no profile is saved; add one in the desktop app Qlik Task Runner)</source>
        <translation>--profile&#xa0;: aucun profil enregistré ne s&apos;appelle «&#xa0;%1&#xa0;» (aucun profil n&apos;est enregistré&#xa0;; ajoutez-en un dans l&apos;application de bureau Qlik Task Runner)</translation>
    </message>
    <message>
        <source>--profile: there is no saved profile called &apos;%1&apos;; saved profiles: %2</source>
        <translation>--profile&#xa0;: aucun profil enregistré ne s&apos;appelle «&#xa0;%1&#xa0;»&#xa0;; profils enregistrés&#xa0;: %2</translation>
    </message>
    <message>
        <source>Starts Qlik Sense tasks through the Qlik Repository Service (QRS), or reloads Qlik Cloud apps through the Reloads API, and waits for them to end; the exit code tells how they ended.</source>
        <translation>Démarre des tâches Qlik Sense via le Qlik Repository Service (QRS), ou recharge des applications Qlik Cloud via l&apos;API Reloads, puis attend leur fin&#xa0;; le code de sortie indique leur issue.</translation>
    </message>
    <message>
        <source>Connection profile saved by the desktop app Qlik Task Runner. --server, --auth, --virtual-proxy, --user-header, --user, --user-directory, --client-cert, --client-key, --ca-cert, --pin-sha256 and --insecure override its fields.</source>
        <translation>Profil de connexion enregistré par l&apos;application de bureau Qlik Task Runner. --server, --auth, --virtual-proxy, --user-header, --user, --user-directory, --client-cert, --client-key, --ca-cert, --pin-sha256 et --insecure remplacent ses champs.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Qlik Sense server, e.g. https://qlik.acme.com[:port].</source>
        <translation>Serveur Qlik Sense, p. ex. https://qlik.acme.com[:port].</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>How to sign in: header (a header-authenticated virtual proxy; the default), certificate (the repository itself on port 4242 with the client certificate exported from the QMC), windows (NTLM through a virtual proxy) or jwt (a JWT virtual proxy).</source>
        <translation>Mode de connexion&#xa0;: header (proxy virtuel à authentification par en-tête&#xa0;; par défaut), certificate (le Repository lui-même sur le port 4242, avec le certificat client exporté depuis la QMC), windows (NTLM via un proxy virtuel) ou jwt (proxy virtuel JWT).</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>MÉTHODE</translation>
    </message>
    <message>
        <source>Prefix of the virtual proxy (default: %1 for header sign-in, none for windows and jwt; &quot;&quot; for the default proxy; certificate sign-in uses none).</source>
        <translation>Préfixe du proxy virtuel (par défaut&#xa0;: %1 pour la connexion header, aucun pour windows et jwt&#xa0;; &quot;&quot; pour le proxy par défaut&#xa0;; la connexion certificate n&apos;en utilise pas).</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PRÉFIXE</translation>
    </message>
    <message>
        <source>Name of the header that carries the user id (default: %1).</source>
        <translation>Nom de l&apos;en-tête qui transmet l&apos;ID utilisateur (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Header: the user id sent in the user header, e.g. user@acme.com or ACME\svc_reload. Certificate: X-Qlik-User&apos;s UserId, e.g. sa_api. Windows: DOMAIN\user.</source>
        <translation>En-tête&#xa0;: l&apos;ID utilisateur envoyé dans l&apos;en-tête utilisateur, p. ex. user@acme.com ou ACME\svc_reload. Certificat&#xa0;: le UserId de X-Qlik-User, p. ex. sa_api. Windows&#xa0;: DOMAINE\utilisateur.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>Certificate: X-Qlik-User&apos;s UserDirectory, e.g. INTERNAL.</source>
        <translation>Certificat&#xa0;: le UserDirectory de X-Qlik-User, p. ex. INTERNAL.</translation>
    </message>
    <message>
        <source>DIRECTORY</source>
        <translation>RÉPERTOIRE</translation>
    </message>
    <message>
        <source>Certificate: the client certificate exported from the QMC: client.pem (with --client-key) or client.pfx/.p12 (its password in QLIK_PFX_PASSWORD or --pfx-password-file).</source>
        <translation>Certificat&#xa0;: le certificat client exporté depuis la QMC&#xa0;: client.pem (avec --client-key) ou client.pfx/.p12 (son mot de passe dans QLIK_PFX_PASSWORD ou --pfx-password-file).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Certificate: the PEM key of a PEM client certificate (client_key.pem).</source>
        <translation>Certificat&#xa0;: la clé PEM d&apos;un certificat client PEM (client_key.pem).</translation>
    </message>
    <message>
        <source>Certificate: file holding the PFX password (instead of QLIK_PFX_PASSWORD).</source>
        <translation>Certificat&#xa0;: fichier contenant le mot de passe PFX (au lieu de QLIK_PFX_PASSWORD).</translation>
    </message>
    <message>
        <source>Windows: file holding the password (instead of QLIK_PASSWORD).</source>
        <translation>Windows&#xa0;: fichier contenant le mot de passe (au lieu de QLIK_PASSWORD).</translation>
    </message>
    <message>
        <source>JWT: file holding the token (instead of QLIK_JWT).</source>
        <translation>JWT&#xa0;: fichier contenant le jeton (au lieu de QLIK_JWT).</translation>
    </message>
    <message>
        <source>Qlik Cloud tenant, e.g. https://acme.eu.qlikcloud.com: reload apps (--app) there instead of starting repository tasks. Signs in with an API key (QLIK_API_KEY or --api-key-file) or an OAuth machine-to-machine client (--oauth-client-id and QLIK_OAUTH_CLIENT_SECRET or --oauth-client-secret-file).</source>
        <translation>Locataire Qlik Cloud, p. ex. https://acme.eu.qlikcloud.com&#xa0;: y recharger des applications (--app) au lieu de démarrer des tâches du référentiel. Connexion avec une clé d&apos;API (QLIK_API_KEY ou --api-key-file) ou un client OAuth machine à machine (--oauth-client-id et QLIK_OAUTH_CLIENT_SECRET ou --oauth-client-secret-file).</translation>
    </message>
    <message>
        <source>Qlik Cloud: the app to reload, by id or exact name. Repeat it to reload several apps together.</source>
        <translation>Qlik Cloud&#xa0;: l&apos;application à recharger, par ID ou nom exact. Répétez l&apos;option pour recharger plusieurs applications ensemble.</translation>
    </message>
    <message>
        <source>APP</source>
        <translation>APPLICATION</translation>
    </message>
    <message>
        <source>Qlik Cloud: a partial reload.</source>
        <translation>Qlik Cloud&#xa0;: rechargement partiel.</translation>
    </message>
    <message>
        <source>Qlik Cloud: a script variable for the reload; repeat it for more (at most %1).</source>
        <translation>Qlik Cloud&#xa0;: une variable de script pour le rechargement&#xa0;; répétez l&apos;option pour en définir d&apos;autres (%1 au maximum).</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NOM=VALEUR</translation>
    </message>
    <message>
        <source>Qlik Cloud: file holding the API key (instead of QLIK_API_KEY).</source>
        <translation>Qlik Cloud&#xa0;: fichier contenant la clé d&apos;API (au lieu de QLIK_API_KEY).</translation>
    </message>
    <message>
        <source>Qlik Cloud: the id of an OAuth machine-to-machine client.</source>
        <translation>Qlik Cloud&#xa0;: l&apos;ID d&apos;un client OAuth machine à machine.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Qlik Cloud: file holding the OAuth client&apos;s secret (instead of QLIK_OAUTH_CLIENT_SECRET).</source>
        <translation>Qlik Cloud&#xa0;: fichier contenant le secret du client OAuth (au lieu de QLIK_OAUTH_CLIENT_SECRET).</translation>
    </message>
    <message>
        <source>Task to start: a GUID is a task id, anything else an exact task name. Repeat it to start several tasks together (a task given twice is started once).</source>
        <translation>Tâche à démarrer&#xa0;: un GUID est un ID de tâche, toute autre valeur un nom de tâche exact. Répétez l&apos;option pour démarrer plusieurs tâches ensemble (une tâche indiquée deux fois n&apos;est démarrée qu&apos;une fois).</translation>
    </message>
    <message>
        <source>TASK</source>
        <translation>TÂCHE</translation>
    </message>
    <message>
        <source>Seconds between status checks; fractions allowed, minimum 0.2, maximum 86400 (a day; default 5).</source>
        <translation>Secondes entre deux vérifications du statut&#xa0;; décimales acceptées, minimum 0.2, maximum 86400 (un jour&#xa0;; 5 par défaut).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>Give up waiting after this many seconds (default 0: no limit).</source>
        <translation>Cesser d&apos;attendre après ce nombre de secondes (0 par défaut&#xa0;: aucune limite).</translation>
    </message>
    <message>
        <source>When --timeout passes, stop the tasks still running.</source>
        <translation>À l&apos;expiration de --timeout, arrêter les tâches encore en cours.</translation>
    </message>
    <message>
        <source>On Ctrl+C (SIGINT) or SIGTERM, ask the server to stop the tasks still running (waiting at most %1 s for its answers) before exiting. Without it they go on.</source>
        <translation>Sur Ctrl+C (SIGINT) ou SIGTERM, demander au serveur d&apos;arrêter les tâches encore en cours (en attendant ses réponses %1&#xa0;s au plus) avant de quitter. Sans cette option, elles continuent.</translation>
    </message>
    <message>
        <source>Exit as soon as every task was accepted by the server (not with --timeout, --stop-on-timeout or --stop-on-interrupt).</source>
        <translation>Quitter dès que le serveur a accepté toutes les tâches (incompatible avec --timeout, --stop-on-timeout et --stop-on-interrupt).</translation>
    </message>
    <message>
        <source>Also follow the runs that the tasks&apos; ends start through task-event triggers, down the whole chain, and wait for all of them; the exit code covers every run. A trigger that cannot fire is reported, not waited for.</source>
        <translation>Suivre aussi les exécutions que la fin des tâches démarre via des déclencheurs d&apos;événement de tâche, sur toute la chaîne, et les attendre toutes&#xa0;; le code de sortie couvre chaque exécution. Un déclencheur qui ne peut pas se déclencher est signalé, sans être attendu.</translation>
    </message>
    <message>
        <source>watch: also print the runs that changed this long before the watch began: seconds, or a number with s, m, h or d (e.g. 15m, 2h; default 0).</source>
        <translation>watch&#xa0;: afficher aussi les exécutions modifiées pendant cette durée avant le début de la surveillance&#xa0;: en secondes, ou un nombre suivi de s, m, h ou d (p. ex. 15m, 2h&#xa0;; 0 par défaut).</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <source>watch: print only the runs of tasks that match FIELD=PATTERN, FIELD one of task, tag, stream, app; * and ? are wildcards, case does not matter. Repeat it: terms of one field are alternatives, different fields must all match.</source>
        <translation>watch&#xa0;: n&apos;afficher que les exécutions des tâches qui correspondent à CHAMP=MOTIF, CHAMP étant task, tag, stream ou app&#xa0;; * et ? sont des caractères génériques, sans distinction de casse. Option répétable&#xa0;: les termes d&apos;un même champ sont des alternatives, des champs différents doivent tous correspondre.</translation>
    </message>
    <message>
        <source>FIELD=PATTERN</source>
        <translation>CHAMP=MOTIF</translation>
    </message>
    <message>
        <source>watch: exit at the first run that fails, is aborted or is lost, with the exit code of that run.</source>
        <translation>watch&#xa0;: quitter dès la première exécution en échec, abandonnée ou perdue, avec le code de sortie de cette exécution.</translation>
    </message>
    <message>
        <source>PEM file of certificates to trust in addition to the system&apos;s (e.g. the server&apos;s root.pem).</source>
        <translation>Fichier PEM de certificats à approuver en plus de ceux du système (p. ex. le root.pem du serveur).</translation>
    </message>
    <message>
        <source>Trust only the server certificate with this SHA-256 fingerprint (64 hex digits, colons optional), whoever signed it; any other certificate is refused.</source>
        <translation>N&apos;approuver que le certificat de serveur ayant cette empreinte SHA-256 (64 chiffres hexadécimaux, deux-points facultatifs), quel qu&apos;en soit le signataire&#xa0;; tout autre certificat est refusé.</translation>
    </message>
    <message>
        <source>HEX</source>
        <translation>HEX</translation>
    </message>
    <message>
        <source>Do not verify the server&apos;s certificate (not recommended; warns on stderr).</source>
        <translation>Ne pas vérifier le certificat du serveur (déconseillé&#xa0;; avertissement sur stderr).</translation>
    </message>
    <message>
        <source>Keep following runs while the server does not answer for up to this many seconds (default 600).</source>
        <translation>Continuer à suivre les exécutions quand le serveur ne répond plus, pendant ce nombre de secondes au maximum (600 par défaut).</translation>
    </message>
    <message>
        <source>Seconds between &quot;still running&quot; lines (default 60).</source>
        <translation>Secondes entre deux lignes «&#xa0;toujours en cours&#xa0;» (60 par défaut).</translation>
    </message>
    <message>
        <source>Print one JSON object per finished run on stdout; the progress lines then go to stderr.</source>
        <translation>Écrire un objet JSON par exécution terminée sur stdout&#xa0;; les lignes de progression vont alors sur stderr.</translation>
    </message>
    <message>
        <source>Print only errors and the final summary line.</source>
        <translation>N&apos;afficher que les erreurs et la ligne de résumé finale.</translation>
    </message>
    <message>
        <source>Show this help, including the exit codes.</source>
        <translation>Afficher cette aide, codes de sortie compris.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Print the names of the profiles saved by the desktop app, one per line, and exit.</source>
        <translation>Afficher les noms des profils enregistrés par l&apos;application de bureau, un par ligne, puis quitter.</translation>
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
Options compatibles avec le script (QlikSubmitTask.ps1&#xa0;; un seul tiret, casse
indifférente, aussi -Nom:valeur)&#xa0;:
  -serverUrl URL             identique à --server
  -QlikUser UTILISATEUR      identique à --user
  -TaskId TÂCHE              identique à --task
  -PollingInterval SECONDES  identique à --poll-interval
  Le proxy virtuel «&#xa0;%1&#xa0;» et l&apos;en-tête «&#xa0;%2&#xa0;» du script sont les valeurs
  par défaut.
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
Sortie&#xa0;:
  Les lignes de progression (heure locale ISO 8601 avec décalage) vont sur
  stdout&#xa0;; avec --json, elles vont sur stderr et stdout ne contient que des
  objets JSON, un par ligne et par exécution. Les erreurs d&apos;utilisation et les
  avertissements sur les options vont sur stderr. Le certificat est vérifié sauf
  si --insecure est indiqué. Les caractères de contrôle des noms de tâches, des
  messages et des journaux de script sont affichés échappés (\n, \e, \x07)&#xa0;; le
  JSON contient le texte exact.

Interruption&#xa0;:
  Sur Ctrl+C (SIGINT) ou SIGTERM, qlik-task affiche une ligne par exécution
  encore en cours (elle continue sur le serveur&#xa0;; ID de tâche et de session), le
  résumé, puis quitte avec le code 130 (SIGINT) ou 143 (SIGTERM). Avec
  --stop-on-interrupt, il demande d&apos;abord au serveur d&apos;arrêter ces exécutions.
  Un second signal fait quitter immédiatement. Si toutes les exécutions étaient
  déjà terminées (seul un journal de script était encore en cours de
  récupération), le code de sortie des exécutions est conservé.

Surveillance d&apos;un serveur&#xa0;:
  qlik-task watch [--since DURÉE] [--filter CHAMP=MOTIF]... [--json]
                  [--fail-fast] [--timeout SECONDES] et les options de connexion
  affiche chaque exécution qui se termine sur le serveur (planifiée, déclenchée,
  démarrée depuis le hub ou la QMC), une ligne ou un objet JSON par exécution,
  jusqu&apos;à interruption&#xa0;; il quitte alors avec 0. Avec --fail-fast, il quitte dès
  la première exécution en échec, avec le code de cette exécution&#xa0;; --timeout
  met fin à la surveillance avec 0. Nécessite un référentiel qui date ses
  résultats d&apos;exécution (modifiedDate).

</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (tasks are given with --task)</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;» (les tâches s&apos;indiquent avec --task)</translation>
    </message>
    <message>
        <source>--%1 is for &apos;qlik-task watch&apos;</source>
        <translation>--%1 ne s&apos;utilise qu&apos;avec &apos;qlik-task watch&apos;</translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation>l&apos;option --%1 est indiquée plusieurs fois</translation>
    </message>
    <message>
        <source>--server and --cloud cannot be combined: one names a client-managed server, the other a Qlik Cloud tenant</source>
        <translation>--server et --cloud sont incompatibles&#xa0;: l&apos;une désigne un serveur géré par le client, l&apos;autre un locataire Qlik Cloud</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a server URL such as https://qlik.acme.com</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une URL de serveur comme https://qlik.acme.com</translation>
    </message>
    <message>
        <source>--cloud: give only scheme and host of the tenant (e.g. https://acme.eu.qlikcloud.com)</source>
        <translation>--cloud&#xa0;: indiquez uniquement le schéma et l&apos;hôte du locataire (p. ex. https://acme.eu.qlikcloud.com)</translation>
    </message>
    <message>
        <source>--server: give only scheme, host and port (e.g. https://qlik.acme.com); the virtual proxy goes in --virtual-proxy</source>
        <translation>--server&#xa0;: indiquez uniquement le schéma, l&apos;hôte et le port (p. ex. https://qlik.acme.com)&#xa0;; le proxy virtuel s&apos;indique avec --virtual-proxy</translation>
    </message>
    <message>
        <source>no server given (--server URL, -serverUrl URL, --cloud URL or --profile NAME)</source>
        <translation>aucun serveur indiqué (--server URL, -serverUrl URL, --cloud URL ou --profile NOM)</translation>
    </message>
    <message>
        <source>--task starts repository tasks; on Qlik Cloud give the app to reload with --app ID-OR-NAME</source>
        <translation>--task démarre des tâches du référentiel&#xa0;; sur Qlik Cloud, indiquez l&apos;application à recharger avec --app ID-OU-NOM</translation>
    </message>
    <message>
        <source>--%1 is for Qlik Cloud reloads: give the tenant with --cloud URL</source>
        <translation>--%1 ne s&apos;utilise que pour les rechargements Qlik Cloud&#xa0;: indiquez le locataire avec --cloud URL</translation>
    </message>
    <message>
        <source>no app given (--app ID-OR-NAME)</source>
        <translation>aucune application indiquée (--app ID-OU-NOM)</translation>
    </message>
    <message>
        <source>no task given (--task ID-OR-NAME or -TaskId ID)</source>
        <translation>aucune tâche indiquée (--task ID-OU-NOM ou -TaskId ID)</translation>
    </message>
    <message>
        <source>--app: an app id or name must not be empty</source>
        <translation>--app&#xa0;: l&apos;ID ou le nom d&apos;une application ne doit pas être vide</translation>
    </message>
    <message>
        <source>--task: a task id or name must not be empty</source>
        <translation>--task&#xa0;: l&apos;ID ou le nom d&apos;une tâche ne doit pas être vide</translation>
    </message>
    <message numerus="yes">
        <source>warning: %1 is given %n times; it is started once</source>
        <translation>
            <numerusform>avertissement&#xa0;: %1 est indiquée %n fois&#xa0;; elle n&apos;est démarrée qu&apos;une fois</numerusform>
            <numerusform>avertissement&#xa0;: %1 est indiquée %n fois&#xa0;; elle n&apos;est démarrée qu&apos;une fois</numerusform>
        </translation>
    </message>
    <message>
        <source>--poll-interval: %1 is above the maximum of 86400 seconds (a day)</source>
        <translation>--poll-interval&#xa0;: %1 dépasse le maximum de 86400 secondes (un jour)</translation>
    </message>
    <message>
        <source>--poll-interval: &apos;%1&apos; is not a number of seconds</source>
        <translation>--poll-interval&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nombre de secondes</translation>
    </message>
    <message>
        <source>--poll-interval: %1 is below the minimum of 0.2 seconds</source>
        <translation>--poll-interval&#xa0;: %1 est inférieur au minimum de 0.2 seconde</translation>
    </message>
    <message>
        <source>--timeout: %1 is above the maximum of 366 days (0 for no limit)</source>
        <translation>--timeout&#xa0;: %1 dépasse le maximum de 366 jours (0 pour aucune limite)</translation>
    </message>
    <message>
        <source>--timeout: &apos;%1&apos; is not a number of seconds (0 for no limit)</source>
        <translation>--timeout&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nombre de secondes (0 pour aucune limite)</translation>
    </message>
    <message>
        <source>--no-wait cannot be combined with %1: --no-wait does not wait for the tasks to end</source>
        <translation>--no-wait est incompatible avec %1&#xa0;: --no-wait n&apos;attend pas la fin des tâches</translation>
    </message>
    <message>
        <source>--follow-chain cannot be combined with --no-wait: it waits for the whole chain</source>
        <translation>--follow-chain est incompatible avec --no-wait&#xa0;: elle attend la fin de toute la chaîne</translation>
    </message>
    <message>
        <source>--follow-chain: Qlik Cloud has no task-event triggers to follow</source>
        <translation>--follow-chain&#xa0;: Qlik Cloud n&apos;a pas de déclencheurs d&apos;événement de tâche à suivre</translation>
    </message>
    <message>
        <source>--stop-on-timeout needs --timeout SECONDS</source>
        <translation>--stop-on-timeout nécessite --timeout SECONDES</translation>
    </message>
    <message>
        <source>--unreachable-grace: %1 is above the maximum of 366 days</source>
        <translation>--unreachable-grace&#xa0;: %1 dépasse le maximum de 366 jours</translation>
    </message>
    <message>
        <source>--unreachable-grace: &apos;%1&apos; is not a number of seconds</source>
        <translation>--unreachable-grace&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nombre de secondes</translation>
    </message>
    <message>
        <source>--still-running-interval: &apos;%1&apos; is not a number of seconds &gt;= 1</source>
        <translation>--still-running-interval&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nombre de secondes &gt;= 1</translation>
    </message>
    <message>
        <source>--ca-cert: %1</source>
        <translation>--ca-cert&#xa0;: %1</translation>
    </message>
    <message>
        <source>--pin-sha256: &apos;%1&apos; is not a SHA-256 fingerprint (64 hexadecimal digits, colons optional)</source>
        <translation>--pin-sha256&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une empreinte SHA-256 (64 chiffres hexadécimaux, deux-points facultatifs)</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos;: %2</source>
        <translation>profil «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos;: CA certificate: %2</source>
        <translation>profil «&#xa0;%1&#xa0;»&#xa0;: certificat d&apos;AC&#xa0;: %2</translation>
    </message>
    <message>
        <source>warning: --insecure: the server&apos;s certificate is not verified; anyone between this machine and %1 can read and change the traffic</source>
        <translation>avertissement&#xa0;: --insecure&#xa0;: le certificat du serveur n&apos;est pas vérifié&#xa0;; toute personne entre cette machine et %1 peut lire et modifier le trafic</translation>
    </message>
    <message>
        <source>warning: profile &apos;%1&apos; does not verify the server&apos;s certificate; anyone between this machine and %2 can read and change the traffic</source>
        <translation>avertissement&#xa0;: le profil «&#xa0;%1&#xa0;» ne vérifie pas le certificat du serveur&#xa0;; toute personne entre cette machine et %2 peut lire et modifier le trafic</translation>
    </message>
    <message>
        <source>warning: %1 is plain http: the user header %2 with the user id, and everything else, go unencrypted; anyone between this machine and %3 can read and change the traffic (use https://)</source>
        <translation>avertissement&#xa0;: %1 est en http simple&#xa0;: l&apos;en-tête utilisateur %2 avec l&apos;ID utilisateur, et tout le reste, circulent en clair&#xa0;; toute personne entre cette machine et %3 peut lire et modifier le trafic (utilisez https://)</translation>
    </message>
    <message>
        <source>warning: %1 is plain http: the sign-in and everything else go unencrypted; anyone between this machine and %2 can read and change the traffic, and take over the session (use https://)</source>
        <translation>avertissement&#xa0;: %1 est en http simple&#xa0;: la connexion et tout le reste circulent en clair&#xa0;; toute personne entre cette machine et %2 peut lire et modifier le trafic, et prendre le contrôle de la session (utilisez https://)</translation>
    </message>
    <message>
        <source>--client-cert: %1</source>
        <translation>--client-cert&#xa0;: %1</translation>
    </message>
    <message>
        <source>--auth: &apos;%1&apos; is not header, certificate, windows, jwt, cloud-api-key or cloud-oauth</source>
        <translation>--auth&#xa0;: «&#xa0;%1&#xa0;» n&apos;est ni header, ni certificate, ni windows, ni jwt, ni cloud-api-key, ni cloud-oauth</translation>
    </message>
    <message>
        <source>--auth %1 is not a way into Qlik Cloud: use cloud-api-key or cloud-oauth with --cloud</source>
        <translation>--auth %1 ne permet pas d&apos;accéder à Qlik Cloud&#xa0;: utilisez cloud-api-key ou cloud-oauth avec --cloud</translation>
    </message>
    <message>
        <source>--auth %1 signs in to Qlik Cloud: give the tenant with --cloud URL</source>
        <translation>--auth %1 se connecte à Qlik Cloud&#xa0;: indiquez le locataire avec --cloud URL</translation>
    </message>
    <message>
        <source>--%1 is for --auth %2, not %3</source>
        <translation>--%1 ne s&apos;utilise qu&apos;avec --auth %2, pas %3</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; keeps its secret nowhere (the app asks for it each time): %2</source>
        <translation>le profil «&#xa0;%1&#xa0;» ne conserve son secret nulle part (l&apos;application le demande à chaque fois)&#xa0;: %2</translation>
    </message>
    <message>
        <source>no user given (--user USER or -QlikUser USER)</source>
        <translation>aucun utilisateur indiqué (--user UTILISATEUR ou -QlikUser UTILISATEUR)</translation>
    </message>
    <message>
        <source>--user-header must not be empty</source>
        <translation>--user-header ne doit pas être vide</translation>
    </message>
    <message>
        <source>--auth certificate needs --client-cert FILE (the client.pem or client.pfx exported from the QMC)</source>
        <translation>--auth certificate nécessite --client-cert FICHIER (le client.pem ou client.pfx exporté depuis la QMC)</translation>
    </message>
    <message>
        <source>--auth certificate needs --user-directory DIRECTORY and --user ID (X-Qlik-User: the user the repository acts as, e.g. INTERNAL and sa_api)</source>
        <translation>--auth certificate nécessite --user-directory RÉPERTOIRE et --user ID (X-Qlik-User&#xa0;: l&apos;utilisateur au nom duquel agit le Repository, p. ex. INTERNAL et sa_api)</translation>
    </message>
    <message>
        <source>%1 needs its password: %2</source>
        <translation>le mot de passe de %1 est nécessaire&#xa0;: %2</translation>
    </message>
    <message>
        <source>--auth windows needs --user DOMAIN\user</source>
        <translation>--auth windows nécessite --user DOMAINE\utilisateur</translation>
    </message>
    <message>
        <source>--auth windows needs the password of %1: %2</source>
        <translation>--auth windows nécessite le mot de passe de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>--auth jwt needs the token: %1</source>
        <translation>--auth jwt nécessite le jeton&#xa0;: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Qlik Cloud needs an API key: %1</source>
        <translation>Qlik Cloud nécessite une clé d&apos;API&#xa0;: %1</translation>
    </message>
    <message>
        <source>--auth cloud-oauth needs --oauth-client-id ID</source>
        <translation>--auth cloud-oauth nécessite --oauth-client-id ID</translation>
    </message>
    <message>
        <source>the OAuth client %1 needs its secret: %2</source>
        <translation>le secret du client OAuth %1 est nécessaire&#xa0;: %2</translation>
    </message>
    <message>
        <source>watch follows the runs of a Qlik Sense repository; Qlik Cloud is not watched</source>
        <translation>watch suit les exécutions d&apos;un référentiel Qlik Sense&#xa0;; Qlik Cloud n&apos;est pas surveillé</translation>
    </message>
    <message>
        <source>watch starts nothing: --%1 does not go with it</source>
        <translation>watch ne démarre rien&#xa0;: --%1 est incompatible avec cette commande</translation>
    </message>
    <message>
        <source>--since: &apos;%1&apos; is not a duration (seconds, or a number with s, m, h or d)</source>
        <translation>--since&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une durée (en secondes, ou un nombre suivi de s, m, h ou d)</translation>
    </message>
    <message>
        <source>--filter: %1</source>
        <translation>--filter&#xa0;: %1</translation>
    </message>
    <message>
        <source>--variable is given %1 times; a reload takes at most %2 variables</source>
        <translation>l&apos;option --variable est indiquée %1 fois&#xa0;; un rechargement accepte au plus %2 variables</translation>
    </message>
    <message>
        <source>--variable: &apos;%1&apos; is not NAME=VALUE</source>
        <translation>--variable&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas de la forme NOM=VALEUR</translation>
    </message>
    <message>
        <source>--variable: %1 is given more than once</source>
        <translation>--variable&#xa0;: la variable %1 est indiquée plusieurs fois</translation>
    </message>
    <message>
        <source>--variable: the value of %1 is longer than %2 characters</source>
        <translation>--variable&#xa0;: la valeur de %1 dépasse %2 caractères</translation>
    </message>
    <message>
        <source>set QLIK_PFX_PASSWORD or give --pfx-password-file FILE</source>
        <translation>définissez QLIK_PFX_PASSWORD ou indiquez --pfx-password-file FICHIER</translation>
    </message>
    <message>
        <source>set QLIK_PASSWORD or give --password-file FILE</source>
        <translation>définissez QLIK_PASSWORD ou indiquez --password-file FICHIER</translation>
    </message>
    <message>
        <source>set QLIK_JWT or give --jwt-file FILE</source>
        <translation>définissez QLIK_JWT ou indiquez --jwt-file FICHIER</translation>
    </message>
    <message>
        <source>set QLIK_API_KEY or give --api-key-file FILE</source>
        <translation>définissez QLIK_API_KEY ou indiquez --api-key-file FICHIER</translation>
    </message>
    <message>
        <source>set QLIK_OAUTH_CLIENT_SECRET or give --oauth-client-secret-file FILE</source>
        <translation>définissez QLIK_OAUTH_CLIENT_SECRET ou indiquez --oauth-client-secret-file FICHIER</translation>
    </message>
    <message>
        <source>--%1: %2 cannot be read: %3</source>
        <translation>--%1&#xa0;: impossible de lire %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>CloudAuth</name>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>la réponse n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>access_token is missing or not text</source>
        <translation>access_token est absent ou n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>token_type is not Bearer</source>
        <translation>token_type n&apos;est pas Bearer</translation>
    </message>
    <message>
        <source>expires_in is missing or not a positive number of seconds</source>
        <translation>expires_in est absent ou n&apos;est pas un nombre positif de secondes</translation>
    </message>
    <message>
        <source>the sign-in of OAuth client &apos;%1&apos;</source>
        <translation>la connexion du client OAuth «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Qlik Cloud did not accept OAuth client &apos;%1&apos; (HTTP %2)%3. Check the client id and secret, and that it is a machine-to-machine client that may use the scope %4.</source>
        <translation>Qlik Cloud n&apos;a pas accepté le client OAuth «&#xa0;%1&#xa0;» (HTTP %2)%3. Vérifiez l&apos;ID et le secret du client, et qu&apos;il s&apos;agit bien d&apos;un client machine à machine autorisé à utiliser l&apos;étendue %4.</translation>
    </message>
    <message>
        <source>Check the API key: it may have expired or been revoked, or its user may have lost the right to use API keys.</source>
        <translation>Vérifiez la clé d&apos;API&#xa0;: elle a peut-être expiré ou été révoquée, ou son utilisateur a peut-être perdu le droit d&apos;utiliser des clés d&apos;API.</translation>
    </message>
    <message>
        <source>Check OAuth client &apos;%1&apos;: it may have been deleted, its secret replaced or its scope changed.</source>
        <translation>Vérifiez le client OAuth «&#xa0;%1&#xa0;»&#xa0;: il a peut-être été supprimé, son secret remplacé ou son étendue modifiée.</translation>
    </message>
</context>
<context>
    <name>CloudJson</name>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>absent ou null</translation>
    </message>
    <message>
        <source>%1 is missing or empty</source>
        <translation>%1 est absent ou vide</translation>
    </message>
    <message>
        <source>%1 is not an ISO 8601 time: &apos;%2&apos;</source>
        <translation>%1 n&apos;est pas une heure ISO 8601&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 is %2, not %3</source>
        <translation>%1 est %2, et non %3</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>la réponse est vide</translation>
    </message>
    <message>
        <source>the answer is not valid JSON: %1 at byte %2</source>
        <translation>la réponse n&apos;est pas un JSON valide&#xa0;: %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>the answer is a JSON array, not an object</source>
        <translation>la réponse est un tableau JSON, et non un objet</translation>
    </message>
    <message>
        <source>data is %1, not an array</source>
        <translation>data est %1, et non un tableau</translation>
    </message>
    <message>
        <source>an app without a name</source>
        <translation>une application sans nom</translation>
    </message>
</context>
<context>
    <name>CloudReloadStatus</name>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Reloading</source>
        <translation>Rechargement en cours</translation>
    </message>
    <message>
        <source>Canceling</source>
        <translation>Annulation en cours</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Exceeded its limit</source>
        <translation>Limite dépassée</translation>
    </message>
    <message>
        <source>Unknown status</source>
        <translation>Statut inconnu</translation>
    </message>
    <message>
        <source>Unknown status &apos;%1&apos;</source>
        <translation>Statut inconnu «&#xa0;%1&#xa0;»</translation>
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
        <translation>Qlik Cloud n&apos;a pas accepté la connexion pour %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Qlik Cloud&apos;s rate limit kept refusing %1: %2</source>
        <translation>La limite de débit de Qlik Cloud a refusé %1 à plusieurs reprises&#xa0;: %2</translation>
    </message>
    <message>
        <source>Qlik Cloud is unavailable for now and did not carry out %1: %2</source>
        <translation>Qlik Cloud est momentanément indisponible et n&apos;a pas effectué %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Qlik Cloud failed to carry out %1: %2</source>
        <translation>Qlik Cloud n&apos;est pas parvenu à effectuer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Qlik Cloud refused %1: %2</source>
        <translation>Qlik Cloud a refusé %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 sent %2 on to %3 (HTTP %4) instead of answering: the URL may not be the tenant&apos;s, or a sign-in page is in the way. Use the tenant&apos;s own address, like https://TENANT.REGION.qlikcloud.com.</source>
        <translation>%1 a redirigé %2 vers %3 (HTTP %4) au lieu de répondre&#xa0;: l&apos;URL n&apos;est peut-être pas celle du locataire, ou une page de connexion s&apos;interpose. Utilisez l&apos;adresse propre du locataire, comme https://TENANT.REGION.qlikcloud.com.</translation>
    </message>
    <message>
        <source>another page</source>
        <translation>une autre page</translation>
    </message>
    <message>
        <source>%1 answered %2 with the unexpected HTTP status %3.</source>
        <translation>%1 a répondu pour %2 avec le statut HTTP inattendu %3.</translation>
    </message>
    <message>
        <source>%1 answered %2 with an HTML page (a sign-in page?), not as Qlik Cloud&apos;s API answers: use the tenant&apos;s own address, like https://TENANT.REGION.qlikcloud.com, and check that no proxy answers in its place.</source>
        <translation>%1 a répondu pour %2 par une page HTML (une page de connexion&#xa0;?), et non comme répond l&apos;API de Qlik Cloud&#xa0;: utilisez l&apos;adresse propre du locataire, comme https://TENANT.REGION.qlikcloud.com, et vérifiez qu&apos;aucun proxy ne répond à sa place.</translation>
    </message>
    <message>
        <source>Qlik Cloud&apos;s answer to %1 could not be read: %2</source>
        <translation>La réponse de Qlik Cloud pour %1 n&apos;a pas pu être lue&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CloudRunServer</name>
    <message>
        <source>Qlik Cloud tenant %1 as %2</source>
        <translation>Locataire Qlik Cloud %1 en tant que %2</translation>
    </message>
    <message>
        <source>Qlik Cloud stopped the reload: it went beyond a limit of the tenant (reload time, app size or memory).</source>
        <translation>Qlik Cloud a arrêté le rechargement&#xa0;: il a dépassé une limite du locataire (durée de rechargement, taille de l&apos;application ou mémoire).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No app is named &apos;%1&apos; on this tenant (names must match exactly).</source>
        <translation>Aucune application ne s&apos;appelle «&#xa0;%1&#xa0;» sur ce locataire (les noms doivent correspondre exactement).</translation>
    </message>
    <message>
        <source>%1 (personal space)</source>
        <translation>%1 (espace personnel)</translation>
    </message>
    <message>
        <source>%1 (space %2)</source>
        <translation>%1 (espace %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n apps are named &apos;%1&apos;: %2. Reload one of them by its id.</source>
        <translation>
            <numerusform>%n application s&apos;appelle «&#xa0;%1&#xa0;»&#xa0;: %2. Rechargez-la par son ID.</numerusform>
            <numerusform>%n applications s&apos;appellent «&#xa0;%1&#xa0;»&#xa0;: %2. Rechargez l&apos;une d&apos;elles par son ID.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer to the start was lost (%1); the app&apos;s reloads show the one it started, which is followed.</source>
        <translation>La réponse au démarrage a été perdue (%1)&#xa0;; le rechargement démarré figure parmi ceux de l&apos;application et il est suivi.</translation>
    </message>
    <message>
        <source>The start of app &apos;%1&apos; was not answered (%2), and %3 reloads of it were started since: which one is this start&apos;s cannot be told.</source>
        <translation>Le démarrage de l&apos;application «&#xa0;%1&#xa0;» est resté sans réponse (%2), et %3 rechargements de celle-ci ont été démarrés depuis&#xa0;: impossible de savoir lequel correspond à ce démarrage.</translation>
    </message>
    <message>
        <source>The start of app &apos;%1&apos; was not answered (%2), and the app has no reload since: it was not started.</source>
        <translation>Le démarrage de l&apos;application «&#xa0;%1&#xa0;» est resté sans réponse (%2), et l&apos;application n&apos;a aucun rechargement depuis&#xa0;: le rechargement n&apos;a pas été démarré.</translation>
    </message>
    <message>
        <source>The start of app &apos;%1&apos; was not answered (%2), and the app&apos;s reloads could not be looked at (%3): the reload may be going on.</source>
        <translation>Le démarrage de l&apos;application «&#xa0;%1&#xa0;» est resté sans réponse (%2), et les rechargements de l&apos;application n&apos;ont pas pu être consultés (%3)&#xa0;: le rechargement est peut-être en cours.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Server URL must not contain line breaks</source>
        <translation>L&apos;URL du serveur ne doit pas contenir de saut de ligne</translation>
    </message>
    <message>
        <source>Server URL is empty</source>
        <translation>L&apos;URL du serveur est vide</translation>
    </message>
    <message>
        <source>Server URL is not a valid URL</source>
        <translation>L&apos;URL du serveur n&apos;est pas une URL valide</translation>
    </message>
    <message>
        <source>Server URL must start with https://</source>
        <translation>L&apos;URL du serveur doit commencer par https://</translation>
    </message>
    <message>
        <source>%1 is not supported: use https://</source>
        <translation>%1 n&apos;est pas pris en charge&#xa0;: utilisez https://</translation>
    </message>
    <message>
        <source>Server URL has no host name</source>
        <translation>L&apos;URL du serveur n&apos;a pas de nom d&apos;hôte</translation>
    </message>
    <message>
        <source>Server URL must not contain a user name or password: put the user into the user id field</source>
        <translation>L&apos;URL du serveur ne doit contenir ni nom d&apos;utilisateur ni mot de passe&#xa0;: indiquez l&apos;utilisateur dans le champ de l&apos;ID utilisateur</translation>
    </message>
    <message>
        <source>Server URL must not have a path (%1): put the virtual proxy prefix into the prefix field</source>
        <translation>L&apos;URL du serveur ne doit pas contenir de chemin (%1)&#xa0;: indiquez le préfixe du proxy virtuel dans le champ du préfixe</translation>
    </message>
    <message>
        <source>Server URL must not have a query or a fragment (nothing after &apos;?&apos; or &apos;#&apos;)</source>
        <translation>L&apos;URL du serveur ne doit contenir ni requête ni fragment (rien après «&#xa0;?&#xa0;» ou «&#xa0;#&#xa0;»)</translation>
    </message>
    <message>
        <source>Virtual proxy prefix must not contain line breaks</source>
        <translation>Le préfixe du proxy virtuel ne doit pas contenir de saut de ligne</translation>
    </message>
    <message>
        <source>Virtual proxy prefix must not contain &apos;/&apos;: write &apos;opcon&apos;, not &apos;/opcon/&apos;</source>
        <translation>Le préfixe du proxy virtuel ne doit pas contenir «&#xa0;/&#xa0;»&#xa0;: écrivez &apos;opcon&apos;, et non &apos;/opcon/&apos;</translation>
    </message>
    <message>
        <source>Virtual proxy prefix must be lower case: &apos;%1&apos;</source>
        <translation>Le préfixe du proxy virtuel doit être en minuscules&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Virtual proxy prefix may only contain lower case letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>Le préfixe du proxy virtuel ne peut contenir que des lettres minuscules, des chiffres, «&#xa0;-&#xa0;» et «&#xa0;_&#xa0;»</translation>
    </message>
    <message>
        <source>User header name must not contain line breaks</source>
        <translation>Le nom de l&apos;en-tête utilisateur ne doit pas contenir de saut de ligne</translation>
    </message>
    <message>
        <source>User header name is empty: enter the header name set on the virtual proxy</source>
        <translation>Le nom de l&apos;en-tête utilisateur est vide&#xa0;: saisissez le nom d&apos;en-tête défini sur le proxy virtuel</translation>
    </message>
    <message>
        <source>User header name must not contain spaces</source>
        <translation>Le nom de l&apos;en-tête utilisateur ne doit pas contenir d&apos;espaces</translation>
    </message>
    <message>
        <source>User header name must not contain &apos;%1&apos;</source>
        <translation>Le nom de l&apos;en-tête utilisateur ne doit pas contenir «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>User header name %1 is reserved by Qlik Sense: use the header name set on the virtual proxy</source>
        <translation>Le nom d&apos;en-tête utilisateur %1 est réservé par Qlik Sense&#xa0;: utilisez le nom d&apos;en-tête défini sur le proxy virtuel</translation>
    </message>
    <message>
        <source>User id must not contain line breaks</source>
        <translation>L&apos;ID utilisateur ne doit pas contenir de saut de ligne</translation>
    </message>
    <message>
        <source>User id is empty</source>
        <translation>L&apos;ID utilisateur est vide</translation>
    </message>
    <message>
        <source>User id must use US-ASCII characters only (it is sent in an HTTP header)</source>
        <translation>L&apos;ID utilisateur ne doit contenir que des caractères US-ASCII (il est envoyé dans un en-tête HTTP)</translation>
    </message>
    <message>
        <source>User id must not contain control characters</source>
        <translation>L&apos;ID utilisateur ne doit pas contenir de caractères de contrôle</translation>
    </message>
    <message>
        <source>CA certificate file name must not contain line breaks</source>
        <translation>Le nom du fichier de certificat d&apos;AC ne doit pas contenir de saut de ligne</translation>
    </message>
    <message>
        <source>CA certificate file %1 cannot be read</source>
        <translation>Le fichier de certificat d&apos;AC %1 est illisible</translation>
    </message>
    <message>
        <source>Certificate sign-in needs https://: the repository only speaks TLS on port 4242</source>
        <translation>La connexion par certificat nécessite https://&#xa0;: le Repository n&apos;accepte que TLS sur le port 4242</translation>
    </message>
    <message>
        <source>Certificate sign-in goes straight to the repository, not through a virtual proxy: leave the prefix empty</source>
        <translation>La connexion par certificat s&apos;adresse directement au Repository, sans proxy virtuel&#xa0;: laissez le préfixe vide</translation>
    </message>
    <message>
        <source>User directory is empty or has control characters: enter the directory of the user the repository should act as, such as INTERNAL</source>
        <translation>Le répertoire utilisateur est vide ou contient des caractères de contrôle&#xa0;: saisissez le répertoire de l&apos;utilisateur au nom duquel le Repository doit agir, par exemple INTERNAL</translation>
    </message>
    <message>
        <source>User id is empty or has control characters: enter the user the repository should act as, such as sa_api</source>
        <translation>L&apos;ID utilisateur est vide ou contient des caractères de contrôle&#xa0;: saisissez l&apos;utilisateur au nom duquel le Repository doit agir, par exemple sa_api</translation>
    </message>
    <message>
        <source>No client certificate is chosen: use the client.pem (or client.pfx) exported from the QMC</source>
        <translation>Aucun certificat client n&apos;est choisi&#xa0;: utilisez le client.pem (ou client.pfx) exporté depuis la QMC</translation>
    </message>
    <message>
        <source>The client certificate file %1 cannot be read</source>
        <translation>Le fichier de certificat client %1 est illisible</translation>
    </message>
    <message>
        <source>No client key is chosen: use the client_key.pem exported with client.pem</source>
        <translation>Aucune clé client n&apos;est choisie&#xa0;: utilisez le client_key.pem exporté avec client.pem</translation>
    </message>
    <message>
        <source>The client key file %1 cannot be read</source>
        <translation>Le fichier de clé client %1 est illisible</translation>
    </message>
    <message>
        <source>User must not contain line breaks or control characters</source>
        <translation>Le nom d&apos;utilisateur ne doit contenir ni saut de ligne ni caractère de contrôle</translation>
    </message>
    <message>
        <source>User is empty: enter the Windows account as DOMAIN\user</source>
        <translation>Le nom d&apos;utilisateur est vide&#xa0;: saisissez le compte Windows sous la forme DOMAINE\utilisateur</translation>
    </message>
    <message>
        <source>A Qlik Cloud tenant has no virtual proxy: leave the prefix empty</source>
        <translation>Un locataire Qlik Cloud n&apos;a pas de proxy virtuel&#xa0;: laissez le préfixe vide</translation>
    </message>
    <message>
        <source>OAuth client id is empty: enter the id of the machine-to-machine client created in the tenant&apos;s Administration activity center</source>
        <translation>L&apos;ID du client OAuth est vide&#xa0;: saisissez l&apos;ID du client machine à machine créé dans le centre d&apos;activités Administration du locataire</translation>
    </message>
    <message>
        <source>OAuth client id must be US-ASCII without spaces or control characters</source>
        <translation>L&apos;ID du client OAuth doit être en US-ASCII, sans espaces ni caractères de contrôle</translation>
    </message>
    <message>
        <source>Profile name must not contain line breaks</source>
        <translation>Le nom du profil ne doit pas contenir de saut de ligne</translation>
    </message>
    <message>
        <source>The pinned certificate fingerprint %1 is not a SHA-256 digest (64 hexadecimal digits)</source>
        <translation>L&apos;empreinte de certificat épinglée %1 n&apos;est pas un condensé SHA-256 (64 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>Request timeout must be greater than zero</source>
        <translation>Le délai d&apos;attente des requêtes doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>Watching every run is for a Qlik Sense repository; a Qlik Cloud tenant is not watched</source>
        <translation>La surveillance de toutes les exécutions concerne un référentiel Qlik Sense&#xa0;; un locataire Qlik Cloud n&apos;est pas surveillé</translation>
    </message>
    <message>
        <source>Notify failures of: %1</source>
        <translation>Notifier les échecs de&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (client certificate, user %2\%3)</source>
        <translation>%1 (certificat client, utilisateur %2\%3)</translation>
    </message>
    <message>
        <source>%1 (Windows sign-in as the signed-in user)</source>
        <translation>%1 (connexion Windows avec l&apos;utilisateur connecté)</translation>
    </message>
    <message>
        <source>%1 (Windows sign-in, user %2)</source>
        <translation>%1 (connexion Windows, utilisateur %2)</translation>
    </message>
    <message>
        <source>%1 (JWT sign-in)</source>
        <translation>%1 (connexion JWT)</translation>
    </message>
    <message>
        <source>%1 (Qlik Cloud, API key)</source>
        <translation>%1 (Qlik Cloud, clé d&apos;API)</translation>
    </message>
    <message>
        <source>%1 (Qlik Cloud, OAuth client %2)</source>
        <translation>%1 (Qlik Cloud, client OAuth %2)</translation>
    </message>
    <message>
        <source>%1 (header %2, user %3)</source>
        <translation>%1 (en-tête %2, utilisateur %3)</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
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
        <translation>Clé d&apos;API Qlik Cloud</translation>
    </message>
    <message>
        <source>Qlik Cloud OAuth client</source>
        <translation>Client OAuth Qlik Cloud</translation>
    </message>
    <message>
        <source>A Qlik Cloud tenant&apos;s certificate is always verified against the trusted CAs: check “Verify the server&apos;s certificate” and remove the pinned certificate</source>
        <translation>Le certificat d&apos;un locataire Qlik Cloud est toujours vérifié par rapport aux autorités de certification approuvées&#xa0;: cochez «&#xa0;Vérifier le certificat du serveur&#xa0;» et retirez le certificat épinglé</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>Connected: %1.</source>
        <translation>Connecté&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>ConsoleReporter</name>
    <message numerus="yes">
        <source> [... %n more character(s) of this line not shown]</source>
        <translation>
            <numerusform> [... encore %n caractère non affiché sur cette ligne]</numerusform>
            <numerusform> [... encore %n caractères non affichés sur cette ligne]</numerusform>
        </translation>
    </message>
    <message>
        <source>started a reload of app %1 (app id %2), reload %3</source>
        <translation>rechargement de l&apos;application %1 démarré (ID d&apos;application %2), rechargement %3</translation>
    </message>
    <message>
        <source>started task %1 (task id %2), session %3</source>
        <translation>tâche %1 démarrée (ID de tâche %2), session %3</translation>
    </message>
    <message>
        <source>warning: task %1: %2</source>
        <translation>avertissement&#xa0;: tâche %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>watching every run on %1 (%2) that changed since %3%4</source>
        <translation>surveillance de toutes les exécutions sur %1 (%2) modifiées depuis %3%4</translation>
    </message>
    <message>
        <source>, tasks matching %1</source>
        <translation>, tâches correspondant à %1</translation>
    </message>
    <message>
        <source>, app &apos;%1&apos;</source>
        <translation>, application «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>task %1 ended %2 after %3 (session %4%5) - exit code %6</source>
        <translation>tâche %1 terminée avec le statut %2 après %3 (session %4%5) - code de sortie %6</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>aucun statut</translation>
    </message>
    <message>
        <source>task %1 (task id %2) started by trigger &apos;%3&apos; when &apos;%4&apos; ended, session %5</source>
        <translation>tâche %1 (ID de tâche %2) démarrée par le déclencheur «&#xa0;%3&#xa0;» à la fin de «&#xa0;%4&#xa0;», session %5</translation>
    </message>
    <message>
        <source>task &apos;%1&apos; will not start after %2: %3</source>
        <translation>la tâche «&#xa0;%1&#xa0;» ne démarrera pas après %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>task %1: %2</source>
        <translation>tâche %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>task %1: %2 (%3)</source>
        <translation>tâche %1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>task %1: still running (%2), status %3</source>
        <translation>tâche %1&#xa0;: toujours en cours (%2), statut %3</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>certificate sign-in refused: check the client certificate (--client-cert, exported from this server&apos;s QMC), the port (the repository&apos;s, 4242) and the user (--user-directory &quot;%1&quot; --user &quot;%2&quot;: active, with rights to start the task)</source>
        <translation>connexion par certificat refusée&#xa0;: vérifiez le certificat client (--client-cert, exporté depuis la QMC de ce serveur), le port (celui du Repository, 4242) et l&apos;utilisateur (--user-directory &quot;%1&quot; --user &quot;%2&quot;&#xa0;: actif, avec le droit de démarrer la tâche)</translation>
    </message>
    <message>
        <source>Windows sign-in refused: check the virtual proxy (--virtual-proxy, now &quot;%1&quot;; it must offer Windows sign-in), the user (--user, now &quot;%2&quot;) and the password (QLIK_PASSWORD or --password-file)</source>
        <translation>connexion Windows refusée&#xa0;: vérifiez le proxy virtuel (--virtual-proxy, actuellement &quot;%1&quot;&#xa0;; il doit proposer la connexion Windows), l&apos;utilisateur (--user, actuellement &quot;%2&quot;) et le mot de passe (QLIK_PASSWORD ou --password-file)</translation>
    </message>
    <message>
        <source>JWT sign-in refused: check the virtual proxy (--virtual-proxy, now &quot;%1&quot;; it must be a JWT virtual proxy) and the token (QLIK_JWT or --jwt-file): expired, signed with a key the proxy does not know, or naming an unknown user</source>
        <translation>connexion JWT refusée&#xa0;: vérifiez le proxy virtuel (--virtual-proxy, actuellement &quot;%1&quot;&#xa0;; ce doit être un proxy virtuel JWT) et le jeton (QLIK_JWT ou --jwt-file)&#xa0;: expiré, signé avec une clé inconnue du proxy, ou désignant un utilisateur inconnu</translation>
    </message>
    <message>
        <source>Qlik Cloud refused the API key: check the tenant (--cloud, now %1) and the key (QLIK_API_KEY or --api-key-file): revoked, expired, or of another tenant</source>
        <translation>Qlik Cloud a refusé la clé d&apos;API&#xa0;: vérifiez le locataire (--cloud, actuellement %1) et la clé (QLIK_API_KEY ou --api-key-file)&#xa0;: révoquée, expirée ou d&apos;un autre locataire</translation>
    </message>
    <message>
        <source>Qlik Cloud refused the OAuth client: check the tenant (--cloud, now %1), the client id (--oauth-client-id, now &quot;%2&quot;) and its secret (QLIK_OAUTH_CLIENT_SECRET or --oauth-client-secret-file)</source>
        <translation>Qlik Cloud a refusé le client OAuth&#xa0;: vérifiez le locataire (--cloud, actuellement %1), l&apos;ID du client (--oauth-client-id, actuellement &quot;%2&quot;) et son secret (QLIK_OAUTH_CLIENT_SECRET ou --oauth-client-secret-file)</translation>
    </message>
    <message>
        <source>not authenticated: check the virtual proxy prefix (--virtual-proxy, now &quot;%1&quot;), the user header name (--user-header, now &quot;%2&quot;) and the user</source>
        <translation>non authentifié&#xa0;: vérifiez le préfixe du proxy virtuel (--virtual-proxy, actuellement &quot;%1&quot;), le nom de l&apos;en-tête utilisateur (--user-header, actuellement &quot;%2&quot;) et l&apos;utilisateur</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <source>error: task %1 was not submitted: %2</source>
        <translation>erreur&#xa0;: tâche %1 non soumise&#xa0;: %2</translation>
    </message>
    <message>
        <source>the server&apos;s certificate was not accepted: pass its CA certificate with --ca-cert FILE, pin the certificate itself with --pin-sha256 HEX, or use a host name it is made out for in --server</source>
        <translation>le certificat du serveur n&apos;a pas été accepté&#xa0;: fournissez son certificat d&apos;AC avec --ca-cert FICHIER, épinglez le certificat lui-même avec --pin-sha256 HEX, ou indiquez dans --server un nom d&apos;hôte pour lequel il a été émis</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not the one pinned (--pin-sha256)</source>
        <translation>le certificat du serveur n&apos;est pas celui qui est épinglé (--pin-sha256)</translation>
    </message>
    <message>
        <source>the server %1 could not be reached</source>
        <translation>le serveur %1 n&apos;a pas pu être joint</translation>
    </message>
    <message>
        <source>the server did not start the task (disabled, no scheduler available or already running)</source>
        <translation>le serveur n&apos;a pas démarré la tâche (désactivée, aucun planificateur disponible ou déjà en cours)</translation>
    </message>
    <message>
        <source>hint: %1</source>
        <translation>conseil&#xa0;: %1</translation>
    </message>
    <message>
        <source>error: task %1: %2 The run goes on on the server (execution session %3).</source>
        <translation>erreur&#xa0;: tâche %1&#xa0;: %2 L&apos;exécution continue sur le serveur (session d&apos;exécution %3).</translation>
    </message>
    <message>
        <source>error: task %1: no answer from the server for longer than the grace period; giving up (last status %2; the run may go on on the server) - exit code %3</source>
        <translation>erreur&#xa0;: tâche %1&#xa0;: aucune réponse du serveur au-delà du délai de grâce&#xa0;; abandon du suivi (dernier statut %2&#xa0;; l&apos;exécution continue peut-être sur le serveur) - code de sortie %3</translation>
    </message>
    <message>
        <source>task %1 ended %2 after %3%4 - exit code %5</source>
        <translation>tâche %1 terminée avec le statut %2 après %3%4 - code de sortie %5</translation>
    </message>
    <message>
        <source> (stopped after the timeout)</source>
        <translation> (arrêtée à l&apos;expiration du délai d&apos;attente)</translation>
    </message>
    <message>
        <source>error: task %1: timed out with status %2 after %3; not waiting any longer - exit code %4</source>
        <translation>erreur&#xa0;: tâche %1&#xa0;: délai d&apos;attente dépassé avec le statut %2 après %3&#xa0;; fin de l&apos;attente - code de sortie %4</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>task %1: %2: %3</source>
        <translation>tâche %1&#xa0;: %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>task %1: the script log is empty</source>
        <translation>tâche %1&#xa0;: le journal de script est vide</translation>
    </message>
    <message>
        <source>task %1: last %2 lines of the script log:</source>
        <translation>tâche %1&#xa0;: %2 dernières lignes du journal de script&#xa0;:</translation>
    </message>
    <message>
        <source>task %1: no script log: %2</source>
        <translation>tâche %1&#xa0;: pas de journal de script&#xa0;: %2</translation>
    </message>
    <message>
        <source>error: task %1: timeout reached, stopping the task</source>
        <translation>erreur&#xa0;: tâche %1&#xa0;: délai d&apos;attente atteint, arrêt de la tâche</translation>
    </message>
    <message>
        <source>error: task %1: timeout reached</source>
        <translation>erreur&#xa0;: tâche %1&#xa0;: délai d&apos;attente atteint</translation>
    </message>
    <message>
        <source>warning: lost contact with the server (%1); retrying, runs go on</source>
        <translation>avertissement&#xa0;: contact perdu avec le serveur (%1)&#xa0;; nouvelles tentatives en cours, les exécutions continuent</translation>
    </message>
    <message>
        <source>contact with the server is back after %1</source>
        <translation>contact rétabli avec le serveur après %1</translation>
    </message>
    <message>
        <source>task %1 submitted; not waiting for it to end (--no-wait)</source>
        <translation>tâche %1 soumise&#xa0;; sa fin n&apos;est pas attendue (--no-wait)</translation>
    </message>
    <message>
        <source>task %1: interrupted by %2 while it was being submitted; it may still start on the server</source>
        <translation>tâche %1&#xa0;: interrompue par %2 pendant sa soumission&#xa0;; elle peut encore démarrer sur le serveur</translation>
    </message>
    <message>
        <source>task %1: interrupted by %2; asking the server to stop the run (session %3)</source>
        <translation>tâche %1&#xa0;: interrompue par %2&#xa0;; demande d&apos;arrêt de l&apos;exécution envoyée au serveur (session %3)</translation>
    </message>
    <message>
        <source>task %1: interrupted by %2; the run goes on on the server (session %3)</source>
        <translation>tâche %1&#xa0;: interrompue par %2&#xa0;; l&apos;exécution continue sur le serveur (session %3)</translation>
    </message>
    <message>
        <source>task %1: the server is stopping the run (session %2)</source>
        <translation>tâche %1&#xa0;: le serveur arrête l&apos;exécution (session %2)</translation>
    </message>
    <message>
        <source>warning: task %1: no answer to the stop request; the run may go on on the server (session %2)</source>
        <translation>avertissement&#xa0;: tâche %1&#xa0;: aucune réponse à la demande d&apos;arrêt&#xa0;; l&apos;exécution continue peut-être sur le serveur (session %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s): %1 - exit code %2</source>
        <translation>
            <numerusform>%n exécution&#xa0;: %1 - code de sortie %2</numerusform>
            <numerusform>%n exécutions&#xa0;: %1 - code de sortie %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <source>The demo simulator %1 could not be started: %2</source>
        <translation>Le simulateur de démonstration %1 n&apos;a pas pu être démarré&#xa0;: %2</translation>
    </message>
    <message>
        <source>The demo simulator stopped (exit code %1).</source>
        <translation>Le simulateur de démonstration s&apos;est arrêté (code de sortie %1).</translation>
    </message>
    <message>
        <source>The demo simulator ended before it was ready (exit code %1).</source>
        <translation>Le simulateur de démonstration s&apos;est terminé avant d&apos;être prêt (code de sortie %1).</translation>
    </message>
</context>
<context>
    <name>DesktopIntegration</name>
    <message>
        <source>Qlik Task Runner keeps running</source>
        <translation>Qlik Task Runner continue de fonctionner</translation>
    </message>
    <message>
        <source>Runs go on being followed in the tray. To quit, choose Quit in the tray icon&apos;s menu. Settings can make closing the window quit.</source>
        <translation>Les exécutions restent suivies depuis la zone de notification. Pour quitter, choisissez «&#xa0;Quitter&#xa0;» dans le menu de l&apos;icône de la zone de notification. Les paramètres permettent de quitter en fermant la fenêtre.</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Afficher les détails</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>Run failed ones again</source>
        <translation>Relancer les exécutions en échec</translation>
    </message>
    <message>
        <source>Script log</source>
        <translation>Journal de script</translation>
    </message>
    <message>
        <source>Qlik Task Runner: no task running</source>
        <translation>Qlik Task Runner&#xa0;: aucune tâche en cours</translation>
    </message>
    <message numerus="yes">
        <source>Qlik Task Runner: %n task(s) running</source>
        <translation>
            <numerusform>Qlik Task Runner&#xa0;: %n tâche en cours</numerusform>
            <numerusform>Qlik Task Runner&#xa0;: %n tâches en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>A run failed: open the app to see it.</source>
        <translation>Une exécution a échoué&#xa0;: ouvrez Qlik Task Runner pour la consulter.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Not authenticated</source>
        <translation>Non authentifié</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Accès refusé</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Ambiguous task name</source>
        <translation>Nom de tâche ambigu</translation>
    </message>
    <message>
        <source>Task not started</source>
        <translation>Tâche non démarrée</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>Requête refusée</translation>
    </message>
    <message>
        <source>The server cannot be reached right now</source>
        <translation>Le serveur est injoignable pour le moment</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Erreur du serveur</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>Réponse illisible</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Échec de la connexion sécurisée</translation>
    </message>
    <message>
        <source>Start not confirmed</source>
        <translation>Démarrage non confirmé</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ExitCode</name>
    <message>
        <source>signal %1</source>
        <translation>signal %1</translation>
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
        <translation>Codes de sortie (avec plusieurs tâches, le code le plus élevé l&apos;emporte)&#xa0;:
    0  toutes les exécutions se sont terminées par FinishedSuccess
    1  une exécution s&apos;est terminée par FinishedFail, Error ou Reset
    2  erreur d&apos;utilisation (option incorrecte ou manquante)
    3  une exécution a été abandonnée (Aborted)
    4  une exécution a été ignorée (Skipped)
    5  délai d&apos;attente dépassé (--timeout&#xa0;; l&apos;exécution a été arrêtée avec
       --stop-on-timeout)
    6  contact perdu avec le serveur au-delà de --unreachable-grace
    7  le serveur a cessé d&apos;accepter la connexion pendant une exécution en cours
       (la reconnexion a été refusée&#xa0;: mot de passe modifié, jeton expiré)&#xa0;;
       l&apos;exécution continue sur le serveur
  100  une tâche n&apos;a pas été soumise&#xa0;: authentification refusée, nom de tâche
       inconnu ou ambigu, ID de tâche inconnu, tâche désactivée ou non démarrée
       (GUID nul), échec TLS, serveur injoignable lors de la soumission
  130  interruption par SIGINT (Ctrl+C)&#xa0;; les exécutions en cours continuent sur
       le serveur, sauf avec --stop-on-interrupt
  143  arrêt par SIGTERM&#xa0;; les exécutions en cours continuent sur le serveur,
       sauf avec --stop-on-interrupt
</translation>
    </message>
</context>
<context>
    <name>FreedesktopNotifier</name>
    <message>
        <source>There is no D-Bus session bus.</source>
        <translation>Aucun bus de session D-Bus n&apos;est disponible.</translation>
    </message>
    <message>
        <source>The notification service refused the notification (%1).</source>
        <translation>Le service de notification a refusé la notification (%1).</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Requested: %1</source>
        <translation>Demande&#xa0;: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Début&#xa0;: %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Fin&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1
Task id: %2</source>
        <translation>%1
ID de tâche&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (the server said %2)</source>
        <translation>%1 (statut du serveur&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Search the history by task, app, profile, status or message</source>
        <translation>Rechercher dans l&apos;historique par tâche, application, profil, statut ou message</translation>
    </message>
    <message>
        <source>Which finished runs to show</source>
        <translation>Exécutions terminées à afficher</translation>
    </message>
    <message>
        <source>&amp;Clear…</source>
        <translation>Effa&amp;cer…</translation>
    </message>
    <message>
        <source>Delete every run from the history</source>
        <translation>Supprimer toutes les exécutions de l&apos;historique</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Save the runs shown as a CSV file for a spreadsheet</source>
        <translation>Enregistrer les exécutions affichées dans un fichier CSV pour un tableur</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>All runs</source>
        <translation>Toutes les exécutions</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Exporter l&apos;historique</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Clear the history</source>
        <translation>Effacer l&apos;historique</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n run(s) from the history? Expected end times start again from the runs that end from now on.</source>
        <translation>
            <numerusform>Supprimer %n exécution de l&apos;historique&#xa0;? Les heures de fin prévues seront recalculées à partir des exécutions qui se termineront désormais.</numerusform>
            <numerusform>Supprimer les %n exécutions de l&apos;historique&#xa0;? Les heures de fin prévues seront recalculées à partir des exécutions qui se termineront désormais.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in the history</source>
        <translation>
            <numerusform>%n exécution dans l&apos;historique</numerusform>
            <numerusform>%n exécutions dans l&apos;historique</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n run(s) in the history</source>
        <translation>
            <numerusform>%1 sur %n exécution dans l&apos;historique</numerusform>
            <numerusform>%1 sur %n exécutions dans l&apos;historique</numerusform>
        </translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Rechercher dans l&apos;historique</translation>
    </message>
    <message>
        <source>History of finished runs</source>
        <translation>Historique des exécutions terminées</translation>
    </message>
    <message>
        <source>Show finished runs of</source>
        <translation>Afficher les exécutions terminées de</translation>
    </message>
</context>
<context>
    <name>LoginStart</name>
    <message>
        <source>%1 could not be removed.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>The folder of %1 could not be made.</source>
        <translation>Impossible de créer le dossier de %1.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Start Qlik Sense tasks and watch them run</source>
        <translation>Démarrer des tâches Qlik Sense et suivre leur exécution</translation>
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
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Search runs by task, app, profile or message</source>
        <translation>Rechercher des exécutions par tâche, application, profil ou message</translation>
    </message>
    <message>
        <source>Show only runs with this outcome</source>
        <translation>N&apos;afficher que les exécutions ayant ce résultat</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation>&amp;Exécutions</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;Run task…</source>
        <translation>&amp;Démarrer une tâche…</translation>
    </message>
    <message>
        <source>Pick tasks of the active profile and start them</source>
        <translation>Choisir des tâches du profil actif et les démarrer</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Ask the server to stop the selected runs&apos; tasks</source>
        <translation>Demander au serveur d&apos;arrêter les tâches des exécutions sélectionnées</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <source>Start the selected runs&apos; tasks once more</source>
        <translation>Démarrer à nouveau les tâches des exécutions sélectionnées</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Follow again</source>
        <translation>Reprendre le &amp;suivi</translation>
    </message>
    <message>
        <source>Follow the selected lost runs again: the server had stopped answering</source>
        <translation>Suivre à nouveau les exécutions perdues sélectionnées&#xa0;: le serveur avait cessé de répondre</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Remove the selected finished runs from the table</source>
        <translation>Retirer du tableau les exécutions terminées sélectionnées</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>&amp;Copier les lignes</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation>Copier les lignes sélectionnées sous forme de texte séparé par des tabulations</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>Copy &amp;task id</source>
        <translation>Copier l&apos;&amp;ID de tâche</translation>
    </message>
    <message>
        <source>Copy the task ids of the selected runs</source>
        <translation>Copier les ID de tâche des exécutions sélectionnées</translation>
    </message>
    <message>
        <source>Copy s&amp;ession id</source>
        <translation>Copier l&apos;ID de s&amp;ession</translation>
    </message>
    <message>
        <source>Copy the execution session ids of the selected runs</source>
        <translation>Copier les ID de session d&apos;exécution des exécutions sélectionnées</translation>
    </message>
    <message>
        <source>Show script &amp;log</source>
        <translation>Afficher le &amp;journal de script</translation>
    </message>
    <message>
        <source>Fetch and show the script log of the selected run</source>
        <translation>Récupérer et afficher le journal de script de l&apos;exécution sélectionnée</translation>
    </message>
    <message>
        <source>Remove every finished run from the table</source>
        <translation>Retirer du tableau toutes les exécutions terminées</translation>
    </message>
    <message>
        <source>&amp;Pause polling</source>
        <translation>Mettre l&apos;interrogation en &amp;pause</translation>
    </message>
    <message>
        <source>Stop asking the servers about running tasks until resumed; the tasks go on</source>
        <translation>Cesser d&apos;interroger les serveurs sur les tâches en cours jusqu&apos;à la reprise&#xa0;; les tâches continuent</translation>
    </message>
    <message>
        <source>&amp;Watch every run on this server</source>
        <translation>Sur&amp;veiller toutes les exécutions de ce serveur</translation>
    </message>
    <message>
        <source>Show every run on the active profile&apos;s server (scheduled, triggered, started in the hub or the QMC), not only those started here</source>
        <translation>Afficher toutes les exécutions du serveur du profil actif (planifiées, déclenchées, démarrées depuis le hub ou la QMC), et pas seulement celles démarrées ici</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profils…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Paramètre&amp;s…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Qlik Task Runner</source>
        <translation>À &amp;propos de Qlik Task Runner</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Watch every run on this server</source>
        <translation>Surveiller toutes les exécutions de ce serveur</translation>
    </message>
    <message>
        <source>New runs start on this profile</source>
        <translation>Les nouvelles exécutions démarrent avec ce profil</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n en cours</numerusform>
            <numerusform>%n en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running, polling paused</source>
        <translation>
            <numerusform>%n en cours, interrogation en pause</numerusform>
            <numerusform>%n en cours, interrogation en pause</numerusform>
        </translation>
    </message>
    <message>
        <source>Polling paused</source>
        <translation>Interrogation en pause</translation>
    </message>
    <message>
        <source>No runs yet.
Click “Run task…” to pick tasks and start them.</source>
        <translation>Aucune exécution pour l&apos;instant.
Cliquez sur «&#xa0;Démarrer une tâche…&#xa0;» pour choisir des tâches et les démarrer.</translation>
    </message>
    <message>
        <source>No run matches the search and the status filter.</source>
        <translation>Aucune exécution ne correspond à la recherche et au filtre de statut.</translation>
    </message>
    <message>
        <source>That run has left the runs table: the history keeps what its row shows.</source>
        <translation>Cette exécution a quitté le tableau des exécutions&#xa0;: l&apos;historique conserve ce qu&apos;affichait sa ligne.</translation>
    </message>
    <message numerus="yes">
        <source>Started %n run(s) again.</source>
        <translation>
            <numerusform>%n exécution relancée.</numerusform>
            <numerusform>%n exécutions relancées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Following %n lost run(s) again.</source>
        <translation>
            <numerusform>Reprise du suivi de %n exécution perdue.</numerusform>
            <numerusform>Reprise du suivi de %n exécutions perdues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n run(s).</source>
        <translation>
            <numerusform>%n exécution retirée.</numerusform>
            <numerusform>%n exécutions retirées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected run(s) still in flight stayed: stop them or wait for their end.</source>
        <translation>
            <numerusform>%n exécution sélectionnée encore en cours a été conservée&#xa0;: arrêtez-la ou attendez sa fin.</numerusform>
            <numerusform>%n exécutions sélectionnées encore en cours ont été conservées&#xa0;: arrêtez-les ou attendez leur fin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>%n ligne copiée.</numerusform>
            <numerusform>%n lignes copiées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n task id(s).</source>
        <translation>
            <numerusform>%n ID de tâche copié.</numerusform>
            <numerusform>%n ID de tâche copiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n session id(s).</source>
        <translation>
            <numerusform>%n ID de session copié.</numerusform>
            <numerusform>%n ID de session copiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a profile first.</source>
        <translation>Choisissez d&apos;abord un profil.</translation>
    </message>
    <message>
        <source>The password of the client certificate %1:</source>
        <translation>Mot de passe du certificat client %1&#xa0;:</translation>
    </message>
    <message>
        <source>The Windows password of %1:</source>
        <translation>Mot de passe Windows de %1&#xa0;:</translation>
    </message>
    <message>
        <source>The token (JWT) for %1:</source>
        <translation>Jeton (JWT) pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>The API key for %1:</source>
        <translation>Clé d&apos;API pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>The secret of OAuth client %1:</source>
        <translation>Secret du client OAuth %1&#xa0;:</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <source>About Qlik Task Runner</source>
        <translation>À propos de Qlik Task Runner</translation>
    </message>
    <message>
        <source>&lt;b&gt;Qlik Task Runner %1&lt;/b&gt;&lt;p&gt;Starts Qlik Sense tasks through the Qlik Repository Service and follows them to the end.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Qlik Task Runner %1&lt;/b&gt;&lt;p&gt;Démarre des tâches Qlik Sense via le Qlik Repository Service et les suit jusqu&apos;à leur fin.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Part of the saved settings could not be read. The app goes on with what it could read and deletes nothing it could not.</source>
        <translation>Une partie des paramètres enregistrés n&apos;a pas pu être lue. L&apos;application continue avec ce qu&apos;elle a pu lire et ne supprime rien de ce qu&apos;elle n&apos;a pas pu lire.</translation>
    </message>
    <message>
        <source>Settings could not be read</source>
        <translation>Impossible de lire les paramètres</translation>
    </message>
    <message>
        <source>Part of the saved settings could not be read.</source>
        <translation>Une partie des paramètres enregistrés n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>Search runs</source>
        <translation>Rechercher des exécutions</translation>
    </message>
    <message>
        <source>Remove fi&amp;nished</source>
        <translation>Retirer les exécutions ter&amp;minées</translation>
    </message>
    <message>
        <source>Show runs</source>
        <translation>Afficher les exécutions</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Server &amp;URL</source>
        <translation>&amp;URL du serveur</translation>
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
        <translation>En-&amp;tête utilisateur</translation>
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
        <translation>Certificat c&amp;lient</translation>
    </message>
    <message>
        <source>client.pem or client.pfx exported from the QMC</source>
        <translation>client.pem ou client.pfx exporté depuis la QMC</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Client &amp;key</source>
        <translation>Clé clien&amp;t</translation>
    </message>
    <message>
        <source>client_key.pem</source>
        <translation>client_key.pem</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Extra &amp;CA file</source>
        <translation>&amp;Fichier d&apos;AC supplémentaire</translation>
    </message>
    <message>
        <source>none: the system&apos;s trusted certificates</source>
        <translation>aucun&#xa0;: les certificats de confiance du système</translation>
    </message>
    <message>
        <source>&amp;Pinned certificate</source>
        <translation>Certificat épin&amp;glé</translation>
    </message>
    <message>
        <source>none: any certificate a trusted authority vouches for</source>
        <translation>aucun&#xa0;: tout certificat garanti par une autorité de confiance</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the server&apos;s certificate (64 hexadecimal digits, colons optional). That certificate is trusted alone, whoever signed it, and any other one is refused.</source>
        <translation>Empreinte SHA-256 du certificat du serveur (64 chiffres hexadécimaux, deux-points facultatifs). Seul ce certificat est reconnu comme fiable, quel que soit son signataire, et tout autre certificat est refusé.</translation>
    </message>
    <message>
        <source>&amp;Verify the server&apos;s certificate</source>
        <translation>&amp;Vérifier le certificat du serveur</translation>
    </message>
    <message>
        <source>&amp;Watch every run on this server</source>
        <translation>Surveiller t&amp;outes les exécutions de ce serveur</translation>
    </message>
    <message>
        <source>Show every run on the server in the runs table (scheduled, triggered, started in the hub or the QMC), not only those started here.</source>
        <translation>Affiche dans le tableau des exécutions toutes les exécutions du serveur (planifiées, déclenchées, démarrées depuis le hub ou la QMC), et pas seulement celles démarrées ici.</translation>
    </message>
    <message>
        <source>every task; or e.g. task=Nightly*; tag=Finance; stream=Sales; app=*Ledger</source>
        <translation>toutes les tâches, ou p. ex. task=Nightly*; tag=Finance; stream=Sales; app=*Ledger</translation>
    </message>
    <message>
        <source>Which failed runs seen on the server notify you: terms FIELD=PATTERN separated by semicolons, FIELD one of task, tag, stream, app; * and ? are wildcards. Terms of one field are alternatives; different fields must all match.</source>
        <translation>Exécutions en échec observées sur le serveur qui vous sont notifiées&#xa0;: des termes CHAMP=MOTIF séparés par des points-virgules, où CHAMP est task, tag, stream ou app&#xa0;; les caractères génériques sont * et&#xa0;?. Les termes d&apos;un même champ sont des alternatives&#xa0;; des champs différents doivent tous correspondre.</translation>
    </message>
    <message>
        <source>Certificate verification is off: anyone between you and the server can read and change this connection. Use it for a test server only.</source>
        <translation>La vérification des certificats est désactivée&#xa0;: toute personne placée entre vous et le serveur peut lire et modifier cette connexion. À réserver à un serveur de test.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Tester la conne&amp;xion</translation>
    </message>
    <message>
        <source>Certificate the server presented</source>
        <translation>Certificat présenté par le serveur</translation>
    </message>
    <message>
        <source>Pins this certificate: it is trusted for this profile alone, and any other certificate is refused. Compare the fingerprint with the one your Qlik administrator gives you first.</source>
        <translation>Épingle ce certificat&#xa0;: il est reconnu comme fiable pour ce seul profil, et tout autre certificat est refusé. Comparez d&apos;abord l&apos;empreinte avec celle que vous a communiquée votre administrateur Qlik.</translation>
    </message>
    <message>
        <source>Choose the client certificate</source>
        <translation>Choisir le certificat client</translation>
    </message>
    <message>
        <source>Client certificates (*.pem *.pfx *.p12);;All files (*)</source>
        <translation>Certificats client (*.pem *.pfx *.p12);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the client key</source>
        <translation>Choisir la clé client</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>Clés PEM (*.pem *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Tenant &amp;URL</source>
        <translation>&amp;URL du locataire</translation>
    </message>
    <message>
        <source>the password set when the PFX was exported</source>
        <translation>le mot de passe défini lors de l&apos;exportation du PFX</translation>
    </message>
    <message>
        <source>none: the default virtual proxy</source>
        <translation>aucun&#xa0;: le proxy virtuel par défaut</translation>
    </message>
    <message>
        <source>the Windows password of that user</source>
        <translation>le mot de passe Windows de cet utilisateur</translation>
    </message>
    <message>
        <source>the JWT the virtual proxy accepts</source>
        <translation>le JWT accepté par le proxy virtuel</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>&amp;Clé d&apos;API</translation>
    </message>
    <message>
        <source>generated in the tenant under Profile settings</source>
        <translation>générée dans le locataire, sous Paramètres du profil</translation>
    </message>
    <message>
        <source>a machine-to-machine client of the tenant</source>
        <translation>un client machine à machine du locataire</translation>
    </message>
    <message>
        <source>shown once when the client was created</source>
        <translation>affiché une seule fois, à la création du client</translation>
    </message>
    <message>
        <source>Not stored: asked each time the app connects.</source>
        <translation>Non stocké&#xa0;: demandé à chaque connexion de l&apos;application.</translation>
    </message>
    <message>
        <source>Stored in the system keychain when the profile is saved.</source>
        <translation>Sera stocké dans le trousseau du système à l&apos;enregistrement du profil.</translation>
    </message>
    <message>
        <source>Looking in the keychain…</source>
        <translation>Recherche dans le trousseau…</translation>
    </message>
    <message>
        <source>Stored in the system keychain. Type here to replace it.</source>
        <translation>Stocké dans le trousseau du système. Saisissez une nouvelle valeur ici pour le remplacer.</translation>
    </message>
    <message>
        <source>Not stored yet: type it here.</source>
        <translation>Pas encore stocké&#xa0;: saisissez-le ici.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Subject: %1
Issued by: %2
Valid: %3
Names: %4
SHA-256:
%5</source>
        <translation>Sujet&#xa0;: %1
Émis par&#xa0;: %2
Validité&#xa0;: %3
Noms&#xa0;: %4
SHA-256&#xa0;:
%5</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>Choisir un fichier de certificat d&apos;AC</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation>Choisir le fichier d&apos;AC</translation>
    </message>
    <message>
        <source>Sign &amp;in with</source>
        <translation>Mode de connex&amp;ion</translation>
    </message>
    <message>
        <source>Virtual pro&amp;xy prefix</source>
        <translation>Préfixe du &amp;proxy virtuel</translation>
    </message>
    <message>
        <source>User director&amp;y</source>
        <translation>Ré&amp;pertoire utilisateur</translation>
    </message>
    <message>
        <source>Use&amp;r</source>
        <translation>Utilisateu&amp;r</translation>
    </message>
    <message>
        <source>Keep it in the syste&amp;m keychain (otherwise asked each time)</source>
        <translation>Conserver dans le trousseau du s&amp;ystème (sinon, demandé à chaque fois)</translation>
    </message>
    <message>
        <source>N&amp;otify failures of</source>
        <translation>Notifier les éc&amp;hecs de</translation>
    </message>
    <message>
        <source>Trust this certificate for this pro&amp;file</source>
        <translation>Faire &amp;confiance à ce certificat pour ce profil</translation>
    </message>
    <message>
        <source>Use&amp;r id</source>
        <translation>ID utilisateu&amp;r</translation>
    </message>
    <message>
        <source>PF&amp;X password</source>
        <translation>&amp;Mot de passe PFX</translation>
    </message>
    <message>
        <source>Windows us&amp;er</source>
        <translation>Utilisateur &amp;Windows</translation>
    </message>
    <message>
        <source>Passwo&amp;rd</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>To&amp;ken</source>
        <translation>&amp;Jeton</translation>
    </message>
    <message>
        <source>OAuth c&amp;lient id</source>
        <translation>ID c&amp;lient OAuth</translation>
    </message>
    <message>
        <source>Client s&amp;ecret</source>
        <translation>Secre&amp;t client</translation>
    </message>
</context>
<context>
    <name>ProfileSecrets</name>
    <message>
        <source>This profile keeps its secret nowhere: it is asked each time.</source>
        <translation>Ce profil ne conserve son secret nulle part&#xa0;: il est demandé à chaque fois.</translation>
    </message>
    <message>
        <source>The keychain holds no secret for this profile.</source>
        <translation>Le trousseau ne contient aucun secret pour ce profil.</translation>
    </message>
</context>
<context>
    <name>ProfileSession</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: connecting to %2…</source>
        <translation>%1&#xa0;: connexion à %2…</translation>
    </message>
    <message>
        <source>%1: connected, %2, watching every run</source>
        <translation>%1&#xa0;: connecté, %2, surveillance de toutes les exécutions</translation>
    </message>
    <message>
        <source>%1: connected, %2</source>
        <translation>%1&#xa0;: connecté, %2</translation>
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
        <translation>Aucun profil ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>Le profil doit avoir un nom.</translation>
    </message>
    <message>
        <source>A profile called &quot;%1&quot; exists already.</source>
        <translation>Un profil nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>profiles</source>
        <translation>profils</translation>
    </message>
    <message>
        <source>The active profile in %1 is %2, which is not a profile name.</source>
        <translation>Le profil actif dans %1 est %2, ce qui n&apos;est pas un nom de profil.</translation>
    </message>
    <message>
        <source>“%1” is %2, which is not text</source>
        <translation>«&#xa0;%1&#xa0;» vaut %2, ce qui n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>Profile %1 in %2 could not be read: its name is %3, which is not text.</source>
        <translation>Le profil %1 de %2 n&apos;a pas pu être lu&#xa0;: son nom vaut %3, ce qui n&apos;est pas du texte.</translation>
    </message>
    <message>
        <source>Profile %1 in %2 could not be read: it has no name.</source>
        <translation>Le profil %1 de %2 n&apos;a pas pu être lu&#xa0;: il n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>Profile %1 in %2 could not be read: an earlier profile is also called “%3”.</source>
        <translation>Le profil %1 de %2 n&apos;a pas pu être lu&#xa0;: un profil précédent s&apos;appelle aussi «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>“url” is %1, which is not a web address</source>
        <translation>«&#xa0;url&#xa0;» vaut %1, ce qui n&apos;est pas une adresse web</translation>
    </message>
    <message>
        <source>“signIn” is %1, which is not header, certificate, windows, jwt, cloud-api-key or cloud-oauth</source>
        <translation>«&#xa0;signIn&#xa0;» vaut %1, ce qui ne fait pas partie de&#xa0;: header, certificate, windows, jwt, cloud-api-key, cloud-oauth</translation>
    </message>
    <message>
        <source>“%1” is %2, which is neither true nor false, so %3</source>
        <translation>«&#xa0;%1&#xa0;» vaut %2, ce qui n&apos;est ni true ni false, donc %3</translation>
    </message>
    <message>
        <source>certificates are verified</source>
        <translation>les certificats sont vérifiés</translation>
    </message>
    <message>
        <source>the keychain is used</source>
        <translation>le trousseau est utilisé</translation>
    </message>
    <message>
        <source>the server is not watched</source>
        <translation>le serveur n&apos;est pas surveillé</translation>
    </message>
    <message>
        <source>“timeoutMs” is %1, which is not a number of milliseconds, so %2 s are used</source>
        <translation>«&#xa0;timeoutMs&#xa0;» vaut %1, ce qui n&apos;est pas un nombre de millisecondes, donc %2&#xa0;s sont utilisées</translation>
    </message>
    <message>
        <source>%1 missing</source>
        <translation>il manque %1</translation>
    </message>
    <message>
        <source>Profile %1 (“%2”) in %3 was read in part: %4.</source>
        <translation>Le profil %1 («&#xa0;%2&#xa0;») de %3 a été lu en partie&#xa0;: %4.</translation>
    </message>
    <message>
        <source>The profiles are open read-only here.</source>
        <translation>Les profils sont ouverts en lecture seule ici.</translation>
    </message>
    <message>
        <source>%1 could not be read in full and no copy of it could be kept, so nothing is written to it.</source>
        <translation>%1 n&apos;a pas pu être lu en entier et aucune copie n&apos;a pu en être conservée&#xa0;: rien n&apos;y est donc écrit.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Enregistrer le profil</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>Storing in the keychain…</source>
        <translation>Stockage dans le trousseau…</translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation>Stocké dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The secret cannot be stored</source>
        <translation>Impossible de stocker le secret</translation>
    </message>
    <message>
        <source>%1

The password or token of %2 can be asked each time the app connects instead (it is then kept in memory only while the app runs).</source>
        <translation>%1

Le mot de passe ou le jeton de %2 peut plutôt être demandé à chaque connexion de l&apos;application (il n&apos;est alors conservé en mémoire que tant que l&apos;application est ouverte).</translation>
    </message>
    <message>
        <source>&amp;Ask each time</source>
        <translation>&amp;Demander à chaque fois</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>Non stocké&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>QlikCloudClient</name>
    <message>
        <source>Qlik Cloud was sent %1, but its answer did not say whether it was carried out (%2). The reload may have started: look at the app&apos;s reloads before starting it again.</source>
        <translation>Qlik Cloud a reçu %1, mais sa réponse n&apos;indique pas si l&apos;opération a été effectuée (%2). Le rechargement a peut-être démarré&#xa0;: consultez les rechargements de l&apos;application avant de le relancer.</translation>
    </message>
    <message>
        <source>its next page is on another server (%1); it was not followed, so the sign-in is not sent there</source>
        <translation>sa page suivante se trouve sur un autre serveur (%1)&#xa0;; elle n&apos;a pas été suivie, pour ne pas y envoyer les informations de connexion</translation>
    </message>
    <message numerus="yes">
        <source>its pages did not end after %n pages</source>
        <translation>
            <numerusform>la pagination ne s&apos;est pas terminée après %n page</numerusform>
            <numerusform>la pagination ne s&apos;est pas terminée après %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection check</source>
        <translation>la vérification de la connexion</translation>
    </message>
    <message>
        <source>the list of apps</source>
        <translation>la liste des applications</translation>
    </message>
    <message>
        <source>the list of spaces</source>
        <translation>la liste des espaces</translation>
    </message>
    <message>
        <source>No app was named to reload.</source>
        <translation>Aucune application à recharger n&apos;a été indiquée.</translation>
    </message>
    <message>
        <source>A reload takes at most %1 variables; %2 were given.</source>
        <translation>Un rechargement accepte au plus %1 variables&#xa0;; %2 ont été fournies.</translation>
    </message>
    <message>
        <source>The value of variable &apos;%1&apos; is longer than %2 characters.</source>
        <translation>La valeur de la variable «&#xa0;%1&#xa0;» dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>the reload</source>
        <translation>la demande de rechargement</translation>
    </message>
    <message>
        <source>Qlik Cloud accepted the reload, but its answer could not be read (%1): the reload has likely started. Look at the app&apos;s reloads before starting it again.</source>
        <translation>Qlik Cloud a accepté le rechargement, mais sa réponse n&apos;a pas pu être lue (%1)&#xa0;: le rechargement a probablement démarré. Consultez les rechargements de l&apos;application avant de le relancer.</translation>
    </message>
    <message numerus="yes">
        <source>the status of %n reloads</source>
        <translation>
            <numerusform>la demande de statut de %n rechargement</numerusform>
            <numerusform>la demande de statut de %n rechargements</numerusform>
        </translation>
    </message>
    <message>
        <source>Qlik Cloud does not take a filter by reload id (%1); reloads are asked one at a time from now on, a request each.</source>
        <translation>Qlik Cloud n&apos;accepte pas de filtre par ID de rechargement (%1)&#xa0;; désormais, les rechargements sont demandés un par un, avec une requête chacun.</translation>
    </message>
    <message>
        <source>the status of reload %1</source>
        <translation>la demande de statut du rechargement %1</translation>
    </message>
    <message>
        <source>the newest reloads of app %1</source>
        <translation>la liste des derniers rechargements de l&apos;application %1</translation>
    </message>
    <message>
        <source>the cancel of reload %1</source>
        <translation>l&apos;annulation du rechargement %1</translation>
    </message>
    <message>
        <source>the script log of reload %1</source>
        <translation>la demande de journal de script du rechargement %1</translation>
    </message>
</context>
<context>
    <name>QlikService</name>
    <message>
        <source>The repository&apos;s answer to %1 could not be read: %2</source>
        <translation>La réponse du Repository à %1 n&apos;a pas pu être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (app &apos;%2&apos;)</source>
        <translation>%1 (application «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>No task has the id %1 on this server.</source>
        <translation>Aucune tâche ne porte l&apos;ID %1 sur ce serveur.</translation>
    </message>
    <message>
        <source>No task is named &apos;%1&apos; on this server (names must match exactly).</source>
        <translation>Aucune tâche ne s&apos;appelle «&#xa0;%1&#xa0;» sur ce serveur (le nom doit correspondre exactement).</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks are named &apos;%1&apos;: %2. Start one of them by its id.</source>
        <translation>
            <numerusform>%n tâche s&apos;appelle «&#xa0;%1&#xa0;»&#xa0;: %2. Démarrez-la par son ID.</numerusform>
            <numerusform>%n tâches s&apos;appellent «&#xa0;%1&#xa0;»&#xa0;: %2. Démarrez l&apos;une d&apos;elles par son ID.</numerusform>
        </translation>
    </message>
    <message>
        <source>Task &apos;%1&apos; is disabled; enable it in the QMC to start it.</source>
        <translation>La tâche «&#xa0;%1&#xa0;» est désactivée&#xa0;; activez-la dans la QMC pour la démarrer.</translation>
    </message>
    <message>
        <source>The repository did not start task &apos;%1&apos;: it answered the empty session id (the task may be disabled or already running, or no scheduler is available).</source>
        <translation>Le Repository n&apos;a pas démarré la tâche «&#xa0;%1&#xa0;»&#xa0;: il a renvoyé un ID de session vide (la tâche est peut-être désactivée ou déjà en cours d&apos;exécution, ou aucun planificateur n&apos;est disponible).</translation>
    </message>
    <message>
        <source>the start of task &apos;%1&apos;</source>
        <translation>la demande de démarrage de la tâche «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The start of task &apos;%1&apos; was not answered (%2), and the task was already running: whether it started again cannot be told.</source>
        <translation>La demande de démarrage de la tâche «&#xa0;%1&#xa0;» est restée sans réponse (%2), et la tâche était déjà en cours d&apos;exécution&#xa0;: impossible de savoir si elle a redémarré.</translation>
    </message>
    <message>
        <source>The start of task &apos;%1&apos; was not answered (%2), and the repository has no run of it since: the task was not started.</source>
        <translation>La demande de démarrage de la tâche «&#xa0;%1&#xa0;» est restée sans réponse (%2), et le Repository n&apos;en montre aucune exécution depuis&#xa0;: la tâche n&apos;a pas été démarrée.</translation>
    </message>
    <message>
        <source>The answer to the start was lost (%1); the repository shows the run it started, which is followed.</source>
        <translation>La réponse à la demande de démarrage a été perdue (%1)&#xa0;; le Repository montre l&apos;exécution démarrée, qui est suivie.</translation>
    </message>
    <message>
        <source>The start of task &apos;%1&apos; was not answered (%2), and the repository could not be asked whether it started: the run may be going on on the server.</source>
        <translation>La demande de démarrage de la tâche «&#xa0;%1&#xa0;» est restée sans réponse (%2), et le Repository n&apos;a pas pu être interrogé pour savoir si elle a démarré&#xa0;: l&apos;exécution est peut-être en cours sur le serveur.</translation>
    </message>
    <message>
        <source>the script log request</source>
        <translation>la demande de journal de script</translation>
    </message>
    <message>
        <source>empty ticket</source>
        <translation>ticket vide</translation>
    </message>
    <message>
        <source>[… the first %1 MB of this log are not shown …]</source>
        <translation>[… les %1 premiers Mo de ce journal ne sont pas affichés …]</translation>
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
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>the answer is too large (%1 bytes, at most %2)</source>
        <translation>la réponse est trop volumineuse (%1 octets, %2 au maximum)</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>la réponse est vide</translation>
    </message>
    <message>
        <source>the answer is HTML, not JSON (a login page? check the virtual proxy prefix and the user header name)</source>
        <translation>la réponse est en HTML et non en JSON (une page de connexion&#xa0;? vérifiez le préfixe du proxy virtuel et le nom de l&apos;en-tête utilisateur)</translation>
    </message>
    <message>
        <source>the answer is not valid JSON: %1 at byte %2</source>
        <translation>la réponse n&apos;est pas un JSON valide&#xa0;: %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>expected a JSON array of %1, got an object</source>
        <translation>un tableau JSON de %1 était attendu, mais un objet a été reçu</translation>
    </message>
    <message>
        <source>expected a JSON object, got an array</source>
        <translation>un objet JSON était attendu, mais un tableau a été reçu</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 est absent</translation>
    </message>
    <message>
        <source>%1 is not %2 but %3</source>
        <translation>%1 n&apos;est pas %2 mais %3</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>execution results</source>
        <translation>résultats d&apos;exécution</translation>
    </message>
    <message>
        <source>execution sessions</source>
        <translation>sessions d&apos;exécution</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>tâches</translation>
    </message>
    <message>
        <source>%1 names no task</source>
        <translation>%1 ne désigne aucune tâche</translation>
    </message>
    <message>
        <source>%1.ruleState is %2, not 1 or 2</source>
        <translation>%1.ruleState vaut %2, et non 1 ou 2</translation>
    </message>
    <message>
        <source>triggers</source>
        <translation>déclencheurs</translation>
    </message>
    <message>
        <source>the start call answered several values instead of a session id</source>
        <translation>l&apos;appel de démarrage a renvoyé plusieurs valeurs au lieu d&apos;un ID de session</translation>
    </message>
    <message>
        <source>the start call answered &apos;%1&apos;, which is not a session id</source>
        <translation>l&apos;appel de démarrage a renvoyé «&#xa0;%1&#xa0;», ce qui n&apos;est pas un ID de session</translation>
    </message>
    <message>
        <source>a string or a number</source>
        <translation>une chaîne ou un nombre</translation>
    </message>
</context>
<context>
    <name>QrsReply</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>The repository did not accept user %1\%2 named in X-Qlik-User with this client certificate: check that the URL is the repository&apos;s (port 4242), not a virtual proxy.</source>
        <translation>Le Repository n&apos;a pas accepté l&apos;utilisateur %1\%2 indiqué dans X-Qlik-User avec ce certificat client&#xa0;: vérifiez que l&apos;URL est celle du Repository (port 4242), et non celle d&apos;un proxy virtuel.</translation>
    </message>
    <message>
        <source>Check the virtual proxy prefix %1 (it must offer Windows sign-in), the user &apos;%2&apos; and the password.</source>
        <translation>Vérifiez le préfixe du proxy virtuel %1 (il doit proposer la connexion Windows), l&apos;utilisateur «&#xa0;%2&#xa0;» et le mot de passe.</translation>
    </message>
    <message>
        <source>Check the virtual proxy prefix %1 (it must be a JWT virtual proxy) and the token: it may have expired, be signed with a key the proxy does not know, or name a user the proxy does not map.</source>
        <translation>Vérifiez le préfixe du proxy virtuel %1 (il doit s&apos;agir d&apos;un proxy virtuel JWT) et le jeton&#xa0;: il a peut-être expiré, été signé avec une clé que le proxy ne connaît pas, ou il désigne un utilisateur que le proxy ne mappe pas.</translation>
    </message>
    <message>
        <source>Check the virtual proxy prefix %1 and the user header name &apos;%2&apos;: the proxy did not accept user &apos;%3&apos; from them.</source>
        <translation>Vérifiez le préfixe du proxy virtuel %1 et le nom de l&apos;en-tête utilisateur «&#xa0;%2&#xa0;»&#xa0;: le proxy n&apos;a pas accepté l&apos;utilisateur «&#xa0;%3&#xa0;» transmis ainsi.</translation>
    </message>
    <message>
        <source>%1 did not accept the Windows sign-in of %2: the user name or the password is wrong, or the account may not sign in there.</source>
        <translation>%1 n&apos;a pas accepté la connexion Windows de %2&#xa0;: le nom d&apos;utilisateur ou le mot de passe est incorrect, ou le compte n&apos;est pas autorisé à s&apos;y connecter.</translation>
    </message>
    <message>
        <source>The virtual proxy %1 does not offer Windows sign-in to this client: it answered with a forms login page. Use a virtual proxy with Windows authentication whose user agent pattern matches &quot;Windows&quot;.</source>
        <translation>Le proxy virtuel %1 ne propose pas la connexion Windows à ce client&#xa0;: il a répondu par une page de connexion par formulaire. Utilisez un proxy virtuel avec authentification Windows dont le modèle d&apos;agent utilisateur correspond à &quot;Windows&quot;.</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <source>The Windows sign-in at %1 did not end after %2 redirects.</source>
        <translation>La connexion Windows à %1 ne s&apos;est pas terminée après %2 redirections.</translation>
    </message>
    <message>
        <source>%1 sent the Windows sign-in on to %2: only redirects to the same server are followed.</source>
        <translation>%1 a redirigé la connexion Windows vers %2&#xa0;: seules les redirections vers le même serveur sont suivies.</translation>
    </message>
    <message>
        <source>%1 refused the token (401).</source>
        <translation>%1 a refusé le jeton (401).</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Réponse du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The answer of %1 exceeded %2 MB, the most this kind of answer may have; it was not read further.</source>
        <translation>La réponse de %1 a dépassé %2&#xa0;Mo, le maximum autorisé pour ce type de réponse&#xa0;; elle n&apos;a pas été lue au-delà.</translation>
    </message>
    <message>
        <source>%1 took longer than %2 s to answer (%3 bytes came); the request was given up.</source>
        <translation>%1 a mis plus de %2&#xa0;s à répondre (%3 octets reçus)&#xa0;; la requête a été abandonnée.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 n&apos;a pas répondu dans les %2&#xa0;s.</translation>
    </message>
    <message>
        <source>The connection to %1 was cut after %2 bytes of the answer.</source>
        <translation>La connexion à %1 a été coupée après %2 octets de réponse.</translation>
    </message>
    <message>
        <source>%1 presented a certificate with the SHA-256 fingerprint %2, not the one pinned for this profile (%3). Nothing was sent. If the server&apos;s certificate was replaced on purpose, pin the new one; otherwise something between you and the server may be listening in.</source>
        <translation>%1 a présenté un certificat d&apos;empreinte SHA-256 %2, et non celui épinglé pour ce profil (%3). Rien n&apos;a été envoyé. Si le certificat du serveur a été remplacé volontairement, épinglez le nouveau&#xa0;; sinon, quelque chose entre vous et le serveur est peut-être à l&apos;écoute.</translation>
    </message>
    <message>
        <source>%1 did not answer.</source>
        <translation>%1 n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>The certificate of %1 is made out for %2, not for %3: use one of those names in the server URL.</source>
        <translation>Le certificat de %1 est établi pour %2, et non pour %3&#xa0;: utilisez l&apos;un de ces noms dans l&apos;URL du serveur.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2. Trust the server&apos;s certificate authority (CA certificate file) or check the host name in the URL.</source>
        <translation>Échec de la négociation TLS avec %1&#xa0;: %2. Faites confiance à l&apos;autorité de certification du serveur (fichier de certificat d&apos;AC) ou vérifiez le nom d&apos;hôte dans l&apos;URL.</translation>
    </message>
    <message>
        <source>the certificate was refused</source>
        <translation>le certificat a été refusé</translation>
    </message>
    <message>
        <source>To trust this certificate alone for this profile, pin its SHA-256 fingerprint: %1.</source>
        <translation>Pour ne faire confiance qu&apos;à ce certificat pour ce profil, épinglez son empreinte SHA-256&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 refused the connection: is the server URL right and the service running?</source>
        <translation>%1 a refusé la connexion&#xa0;: l&apos;URL du serveur est-elle correcte et le service est-il démarré&#xa0;?</translation>
    </message>
    <message>
        <source>Host %1 was not found: check the server URL.</source>
        <translation>Hôte %1 introuvable&#xa0;: vérifiez l&apos;URL du serveur.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 a fermé la connexion avant de répondre.</translation>
    </message>
    <message>
        <source>Network error talking to %1 (%2).</source>
        <translation>Erreur réseau lors de la communication avec %1 (%2).</translation>
    </message>
    <message>
        <source>The server refused to authenticate the request (401).</source>
        <translation>Le serveur a refusé d&apos;authentifier la requête (401).</translation>
    </message>
    <message>
        <source>The repository rejected the request&apos;s cross-site request forgery key (403 XSRF check failed).</source>
        <translation>Le Repository a rejeté la clé anti-falsification de requête intersite (XSRF) de la requête (403, échec de la vérification XSRF).</translation>
    </message>
    <message>
        <source>Access denied (403) for user &apos;%1&apos; at %2.</source>
        <translation>Accès refusé (403) pour l&apos;utilisateur «&#xa0;%1&#xa0;» sur %2.</translation>
    </message>
    <message>
        <source>Not found (404): %1.</source>
        <translation>Introuvable (404)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The server is unavailable for now (HTTP %1).</source>
        <translation>Le serveur est momentanément indisponible (HTTP %1).</translation>
    </message>
    <message>
        <source>The server failed to handle %1 (HTTP %2).</source>
        <translation>Le serveur n&apos;a pas pu traiter %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>The server refused the request to %1 (HTTP %2).</source>
        <translation>Le serveur a refusé la requête vers %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>If the proxy says the request header is incorrect, use the server&apos;s fully qualified host name in the URL.</source>
        <translation>Si le proxy indique que l&apos;en-tête de la requête est incorrect, utilisez le nom d&apos;hôte complet (FQDN) du serveur dans l&apos;URL.</translation>
    </message>
    <message>
        <source>%1 closed the connection as soon as it was opened: the repository did not accept the client certificate. Use the client certificate exported from this server&apos;s QMC (signed by its root certificate), and check that the port is the repository&apos;s (4242).</source>
        <translation>%1 a fermé la connexion dès son ouverture&#xa0;: le Repository n&apos;a pas accepté le certificat client. Utilisez le certificat client exporté depuis la QMC de ce serveur (signé par son certificat racine), et vérifiez que le port est celui du Repository (4242).</translation>
    </message>
    <message>
        <source>The virtual proxy sent the request to its login page (HTTP %1 to %2) instead of answering.</source>
        <translation>Le proxy virtuel a redirigé la requête vers sa page de connexion (HTTP %1 vers %2) au lieu de répondre.</translation>
    </message>
    <message>
        <source>another page</source>
        <translation>une autre page</translation>
    </message>
    <message>
        <source>The server answered %1 with the unexpected HTTP status %2.</source>
        <translation>Le serveur a répondu à %1 avec le statut HTTP inattendu %2.</translation>
    </message>
    <message>
        <source>The server answered with an HTML page (usually a login page) where the repository answers JSON.</source>
        <translation>Le serveur a répondu par une page HTML (généralement une page de connexion) alors que le Repository répond en JSON.</translation>
    </message>
</context>
<context>
    <name>QrsRequestBuilder</name>
    <message>
        <source>No PEM certificate could be read from %1.</source>
        <translation>Aucun certificat PEM n&apos;a pu être lu dans %1.</translation>
    </message>
</context>
<context>
    <name>QrsRunServer</name>
    <message>
        <source>Qlik Sense repository %1</source>
        <translation>Repository Qlik Sense %1</translation>
    </message>
    <message>
        <source>An external program task writes no script log; only reload tasks do.</source>
        <translation>Une tâche de programme externe n&apos;écrit pas de journal de script&#xa0;; seules les tâches de rechargement en écrivent.</translation>
    </message>
    <message>
        <source>A user sync task writes no script log; only reload tasks do.</source>
        <translation>Une tâche de synchronisation des utilisateurs n&apos;écrit pas de journal de script&#xa0;; seules les tâches de rechargement en écrivent.</translation>
    </message>
    <message>
        <source>the repository refused a query by modifiedDate: %1</source>
        <translation>le Repository a refusé une requête par modifiedDate&#xa0;: %1</translation>
    </message>
    <message>
        <source>the repository&apos;s execution results carry no modifiedDate</source>
        <translation>les résultats d&apos;exécution du Repository ne comportent pas de modifiedDate</translation>
    </message>
    <message>
        <source>execution result %1 changed (%2 → %3) while its modifiedDate did not move from %4</source>
        <translation>le résultat d&apos;exécution %1 a changé (%2 → %3) alors que son modifiedDate est resté à %4</translation>
    </message>
    <message>
        <source>the repository dates its execution results (modifiedDate): one request per poll</source>
        <translation>le Repository date ses résultats d&apos;exécution (modifiedDate)&#xa0;: une requête par interrogation</translation>
    </message>
</context>
<context>
    <name>RateLimitGate</name>
    <message>
        <source>Held back by the tenant&apos;s rate limit: Qlik Cloud answered 429 (too many requests), so nothing is sent before %1.</source>
        <translation>En attente (limite de débit du locataire)&#xa0;: Qlik Cloud a répondu 429 (trop de requêtes), rien n&apos;est donc envoyé avant %1.</translation>
    </message>
    <message numerus="yes">
        <source>Held back by the tenant&apos;s rate limit: at most %n reloads are started a minute.</source>
        <translation>
            <numerusform>En attente (limite de débit du locataire)&#xa0;: au plus %n rechargement démarré par minute.</numerusform>
            <numerusform>En attente (limite de débit du locataire)&#xa0;: au plus %n rechargements démarrés par minute.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held back by the tenant&apos;s rate limit: at most %n changes are sent a minute.</source>
        <translation>
            <numerusform>En attente (limite de débit du locataire)&#xa0;: au plus %n modification envoyée par minute.</numerusform>
            <numerusform>En attente (limite de débit du locataire)&#xa0;: au plus %n modifications envoyées par minute.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held back by the tenant&apos;s rate limit: at most %n questions are asked a minute.</source>
        <translation>
            <numerusform>En attente (limite de débit du locataire)&#xa0;: au plus %n requête de lecture par minute.</numerusform>
            <numerusform>En attente (limite de débit du locataire)&#xa0;: au plus %n requêtes de lecture par minute.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunAnnouncement</name>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is the task&apos;s name, %2 how it ended: &quot;succeeded&quot;, &quot;failed&quot;, &quot;aborted&quot;...</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>profile · status · duration</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) finished, %1 failed</source>
        <translation>
            <numerusform>%n tâche terminée, %1 en échec</numerusform>
            <numerusform>%n tâches terminées, %1 en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) finished</source>
        <translation>
            <numerusform>%n tâche terminée</numerusform>
            <numerusform>%n tâches terminées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) finished successfully</source>
        <translation>
            <numerusform>%n tâche terminée avec succès</numerusform>
            <numerusform>%n tâches terminées avec succès</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 · %3</source>
        <extracomment>one line per run of a grouped notification: task, outcome, profile</extracomment>
        <translation>%1&#xa0;: %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunDetailsPane</name>
    <message>
        <source>Select a run to see its details.</source>
        <translation>Sélectionnez une exécution pour en afficher les détails.</translation>
    </message>
    <message>
        <source>Attempts on the server</source>
        <translation>Tentatives sur le serveur</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Status history (as seen by this app)</source>
        <translation>Historique des statuts (tel qu&apos;observé par cette application)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Execution messages</source>
        <translation>Messages d&apos;exécution</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Script log</source>
        <translation>Journal de script</translation>
    </message>
    <message>
        <source>Load script log</source>
        <translation>Charger le journal de script</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>The script log is fetched from the server on demand, and at once for a failed run.</source>
        <translation>Le journal de script est récupéré sur le serveur à la demande, et immédiatement pour une exécution en échec.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>The script log could not be fetched: %1</source>
        <translation>Impossible de récupérer le journal de script&#xa0;: %1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil&#xa0;: %1</translation>
    </message>
    <message>
        <source>App: %1</source>
        <translation>Application&#xa0;: %1</translation>
    </message>
    <message>
        <source>Space: %1</source>
        <translation>Espace&#xa0;: %1</translation>
    </message>
    <message>
        <source>App id: %1</source>
        <translation>ID d&apos;application&#xa0;: %1</translation>
    </message>
    <message>
        <source>Task id: %1</source>
        <translation>ID de tâche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reload: %1</source>
        <translation>Rechargement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Session&#xa0;: %1</translation>
    </message>
    <message>
        <source>Node: %1</source>
        <translation>Nœud&#xa0;: %1</translation>
    </message>
    <message>
        <source>Seen on the server %1</source>
        <extracomment>%1: when the app first saw a run it did not start</extracomment>
        <translation>Vue sur le serveur %1</translation>
    </message>
    <message>
        <source>Triggered %1</source>
        <extracomment>%1: when the app first saw a run that a trigger started</extracomment>
        <translation>Déclenchée %1</translation>
    </message>
    <message>
        <source>Requested %1</source>
        <translation>Demandée %1</translation>
    </message>
    <message>
        <source>Started on the server %1</source>
        <translation>Démarrée sur le serveur %1</translation>
    </message>
    <message>
        <source>Not started on the server yet</source>
        <translation>Pas encore démarrée sur le serveur</translation>
    </message>
    <message>
        <source>Ended on the server %1</source>
        <translation>Terminée sur le serveur %1</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Toujours en cours</translation>
    </message>
    <message>
        <source>Duration %1</source>
        <translation>Durée %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>Fetching the script log…</source>
        <translation>Récupération du journal de script…</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>script log</source>
        <translation>journal de script</translation>
    </message>
    <message>
        <source>Save script log</source>
        <translation>Enregistrer le journal de script</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Fichiers journaux (*.log *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Could not save to %1: %2</source>
        <translation>Impossible d&apos;enregistrer dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historique des statuts</translation>
    </message>
    <message>
        <source>Seen on the server</source>
        <translation>Vue sur le serveur</translation>
    </message>
    <message>
        <source>Triggered</source>
        <translation>Déclenchée</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandée</translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message>
        <source>The run history %1 cannot be read (%2) and cannot be moved aside (%3): no history is kept in this session.</source>
        <translation>L&apos;historique des exécutions %1 ne peut être ni lu (%2) ni mis de côté (%3)&#xa0;: aucun historique n&apos;est conservé pendant cette session.</translation>
    </message>
    <message>
        <source>The run history could not be read (%1). It was moved aside to %2 and a new history was started.</source>
        <translation>L&apos;historique des exécutions n&apos;a pas pu être lu (%1). Il a été mis de côté sous %2 et un nouvel historique a été créé.</translation>
    </message>
    <message>
        <source>The new run history cannot be used either (%1): no history is kept in this session.</source>
        <translation>Le nouvel historique des exécutions ne peut pas non plus être utilisé (%1)&#xa0;: aucun historique n&apos;est conservé pendant cette session.</translation>
    </message>
    <message>
        <source>The run history %1 cannot be opened (%2): no history is kept in this session.</source>
        <translation>L&apos;historique des exécutions %1 ne peut pas être ouvert (%2)&#xa0;: aucun historique n&apos;est conservé pendant cette session.</translation>
    </message>
    <message>
        <source>the SQLite driver of Qt is not installed</source>
        <translation>le pilote SQLite de Qt n&apos;est pas installé</translation>
    </message>
    <message>
        <source>the folder %1 cannot be made</source>
        <translation>le dossier %1 ne peut pas être créé</translation>
    </message>
    <message>
        <source>The run history %1 was written by a newer version of this app (format %2; this version knows up to %3). It is left as it is and no history is kept in this session.</source>
        <translation>L&apos;historique des exécutions %1 a été écrit par une version plus récente de cette application (format %2&#xa0;; cette version connaît les formats jusqu&apos;au %3). Il est laissé tel quel et aucun historique n&apos;est conservé pendant cette session.</translation>
    </message>
    <message>
        <source>The run history could not be read in full (%1).</source>
        <translation>L&apos;historique des exécutions n&apos;a pas pu être lu en entier (%1).</translation>
    </message>
    <message>
        <source>The run history cannot be written (%1): finished runs are not kept until it can.</source>
        <translation>L&apos;historique des exécutions ne peut pas être écrit (%1)&#xa0;: les exécutions terminées ne sont pas conservées tant que ce n&apos;est pas possible.</translation>
    </message>
</context>
<context>
    <name>RunJournal</name>
    <message numerus="yes">
        <source>%n with values that could not be read</source>
        <translation>
            <numerusform>%n avec des valeurs illisibles</numerusform>
            <numerusform>%n avec des valeurs illisibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a profile</source>
        <translation>
            <numerusform>%n sans profil</numerusform>
            <numerusform>%n sans profil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n whose session id is not a guid</source>
        <translation>
            <numerusform>%n dont l&apos;ID de session n&apos;est pas un GUID</numerusform>
            <numerusform>%n dont l&apos;ID de session n&apos;est pas un GUID</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n whose task id is not a guid</source>
        <translation>
            <numerusform>%n dont l&apos;ID de tâche n&apos;est pas un GUID</numerusform>
            <numerusform>%n dont l&apos;ID de tâche n&apos;est pas un GUID</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n whose start time is not a date</source>
        <translation>
            <numerusform>%n dont l&apos;heure de début n&apos;est pas une date</numerusform>
            <numerusform>%n dont l&apos;heure de début n&apos;est pas une date</numerusform>
        </translation>
    </message>
    <message>
        <source>runs in flight</source>
        <translation>exécutions en cours</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in flight kept in %1 could not be read and are no longer followed: %2.</source>
        <translation>
            <numerusform>%n exécution en cours conservée dans %1 n&apos;a pas pu être lue et n&apos;est plus suivie&#xa0;: %2.</numerusform>
            <numerusform>%n exécutions en cours conservées dans %1 n&apos;ont pas pu être lues et ne sont plus suivies&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tasks: %1.</source>
        <translation>Tâches&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>RunStyle</name>
    <message>
        <source>Starting</source>
        <translation>Démarrage en cours</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non démarrée</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>abandonnée</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non démarrée</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>perdue</translation>
    </message>
    <message>
        <source>Will not start</source>
        <translation>Ne démarrera pas</translation>
    </message>
    <message>
        <source>Waiting for its trigger</source>
        <translation>En attente de son déclencheur</translation>
    </message>
</context>
<context>
    <name>RunSupervisor</name>
    <message>
        <source>note: asking for every run by its session id from now on (%1)</source>
        <translation>remarque&#xa0;: chaque exécution est désormais demandée par son ID de session (%1)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>note: requests go out again (no rate limit holds them)</source>
        <translation>remarque&#xa0;: les requêtes repartent (plus aucune limite de débit ne les retient)</translation>
    </message>
    <message>
        <source>warning: could not stop task %1: %2</source>
        <translation>avertissement&#xa0;: impossible d&apos;arrêter la tâche %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>the run has no execution result</source>
        <translation>l&apos;exécution n&apos;a aucun résultat d&apos;exécution</translation>
    </message>
    <message>
        <source>--timeout passed while it was being fetched; not waiting for it</source>
        <translation>--timeout écoulé pendant sa récupération&#xa0;; il n&apos;est plus attendu</translation>
    </message>
    <message>
        <source>interrupted by %1 while it was being fetched</source>
        <translation>interrompu par %1 pendant sa récupération</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>soumise(s)</translation>
    </message>
</context>
<context>
    <name>RunTracker</name>
    <message>
        <source>the server has answered for %1 without any record of session %2 (grace period %3).</source>
        <translation>le serveur répond depuis %1 sans aucune trace de la session %2 (délai de grâce&#xa0;: %3).</translation>
    </message>
    <message>
        <source>the records of session %2 have been gone for %1 (grace period %3); the server may have been restarted without its sessions.</source>
        <translation>les traces de la session %2 ont disparu depuis %1 (délai de grâce&#xa0;: %3)&#xa0;; le serveur a peut-être été redémarré sans ses sessions.</translation>
    </message>
    <message>
        <source>The server has no record of this run: %1</source>
        <translation>Le serveur n&apos;a aucune trace de cette exécution&#xa0;: %1</translation>
    </message>
    <message>
        <source>no answer within %1</source>
        <translation>aucune réponse en %1</translation>
    </message>
    <message>
        <source>Lost contact: the server has not answered for %1 (grace period %2). Last error: %3</source>
        <translation>Contact perdu&#xa0;: le serveur ne répond plus depuis %1 (délai de grâce&#xa0;: %2). Dernière erreur&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>RunsFilterProxy</name>
    <message>
        <source>All runs</source>
        <translation>Toutes les exécutions</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussies</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Abandonnées</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorées</translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <source>Overdue: usually %1</source>
        <extracomment>%1: how long the task usually takes</extracomment>
        <translation>En retard&#xa0;: habituellement %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <extracomment>the expected time of a run&apos;s end</extracomment>
        <translation>vers %1</translation>
    </message>
    <message>
        <source>Usually takes %1 (the median of its last successful runs); running for %2.</source>
        <translation>Dure habituellement %1 (médiane de ses dernières exécutions réussies)&#xa0;; en cours depuis %2.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Dernier message</translation>
    </message>
    <message>
        <source>Expected end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>%1 · chain running</source>
        <extracomment>%1: the run&apos;s own status; the runs its end started still run</extracomment>
        <translation>%1 · chaîne en cours</translation>
    </message>
    <message>
        <source>%1 · chain succeeded</source>
        <extracomment>%1: the run&apos;s own status; everything its end started succeeded</extracomment>
        <translation>%1 · chaîne réussie</translation>
    </message>
    <message>
        <source>%1 · chain failed</source>
        <extracomment>%1: the run&apos;s own status; something its end started failed or will not start</extracomment>
        <translation>%1 · chaîne en échec</translation>
    </message>
    <message numerus="yes">
        <source>Chain: %n run(s)</source>
        <translation>
            <numerusform>Chaîne&#xa0;: %n exécution</numerusform>
            <numerusform>Chaîne&#xa0;: %n exécutions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n en échec</numerusform>
            <numerusform>, %n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n running</source>
        <translation>
            <numerusform>, %n en cours</numerusform>
            <numerusform>, %n en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n trigger(s) will not start</source>
        <translation>
            <numerusform>&#xa0;; %n déclencheur ne démarrera pas</numerusform>
            <numerusform>&#xa0;; %n déclencheurs ne démarreront pas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n trigger(s) waiting</source>
        <translation>
            <numerusform>&#xa0;; %n déclencheur en attente</numerusform>
            <numerusform>&#xa0;; %n déclencheurs en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Trigger “%2” on the end of “%3”</source>
        <extracomment>%1: a task; %2: its trigger; %3: the task whose end met the trigger</extracomment>
        <translation>%1
Déclencheur «&#xa0;%2&#xa0;» à la fin de «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>Seen on the server: started by a schedule, a trigger or somebody else</source>
        <translation>Vue sur le serveur&#xa0;: démarrée par une planification, un déclencheur ou quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Started by a trigger on the end of another task</source>
        <translation>Démarrée par un déclencheur à la fin d&apos;une autre tâche</translation>
    </message>
    <message>
        <source>Started by a trigger when “%1” ended</source>
        <translation>Démarrée par un déclencheur à la fin de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Started by trigger “%1” when “%2” ended</source>
        <translation>Démarrée par le déclencheur «&#xa0;%1&#xa0;» à la fin de «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>Production (scheduler)</source>
        <translation>Production (planificateur)</translation>
    </message>
    <message>
        <source>Production (repository)</source>
        <translation>Production (Repository)</translation>
    </message>
    <message>
        <source>Production (my account)</source>
        <translation>Production (mon compte)</translation>
    </message>
    <message>
        <source>Production (automation)</source>
        <translation>Production (automatisation)</translation>
    </message>
    <message>
        <source>Qlik Cloud (my key)</source>
        <translation>Qlik Cloud (ma clé)</translation>
    </message>
    <message>
        <source>Qlik Cloud (scheduler)</source>
        <translation>Qlik Cloud (planificateur)</translation>
    </message>
</context>
<context>
    <name>ServerWatch</name>
    <message>
        <source>This server cannot tell every run that changed on it: watching needs a Qlik Sense repository that dates its execution results.</source>
        <translation>Ce serveur ne peut pas indiquer toutes les exécutions qui y ont changé&#xa0;: la surveillance nécessite un Repository Qlik Sense qui date ses résultats d&apos;exécution.</translation>
    </message>
    <message>
        <source>Watching stopped: the server can no longer be asked for the runs that changed (%1).</source>
        <translation>Surveillance arrêtée&#xa0;: le serveur ne peut plus être interrogé sur les exécutions qui ont changé (%1).</translation>
    </message>
</context>
<context>
    <name>SettingsCheck</name>
    <message>
        <source>an unreadable value</source>
        <translation>une valeur illisible</translation>
    </message>
    <message>
        <source>%1 could not be opened for reading.</source>
        <translation>%1 n&apos;a pas pu être ouvert en lecture.</translation>
    </message>
    <message>
        <source>%1 is not a well-formed settings file: parts of it were skipped.</source>
        <translation>%1 n&apos;est pas un fichier de paramètres bien formé&#xa0;: certaines parties ont été ignorées.</translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation>ligne %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a well-formed settings file: %n line(s) could not be read and were skipped: %2.</source>
        <translation>
            <numerusform>%1 n&apos;est pas un fichier de paramètres bien formé&#xa0;: %n ligne n&apos;a pas pu être lue et a été ignorée&#xa0;: %2.</numerusform>
            <numerusform>%1 n&apos;est pas un fichier de paramètres bien formé&#xa0;: %n lignes n&apos;ont pas pu être lues et ont été ignorées&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list of %1 in %2 has no size: the file may have been cut short. %n entry(s) found were read.</source>
        <translation>
            <numerusform>La liste des %1 dans %2 n&apos;a pas de taille&#xa0;: le fichier a peut-être été tronqué. %n entrée trouvée a été lue.</numerusform>
            <numerusform>La liste des %1 dans %2 n&apos;a pas de taille&#xa0;: le fichier a peut-être été tronqué. %n entrées trouvées ont été lues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list of %1 in %2 gives its size as %3, which is not a number. %n entry(s) found were read.</source>
        <translation>
            <numerusform>La liste des %1 dans %2 indique une taille de %3, ce qui n&apos;est pas un nombre. %n entrée trouvée a été lue.</numerusform>
            <numerusform>La liste des %1 dans %2 indique une taille de %3, ce qui n&apos;est pas un nombre. %n entrées trouvées ont été lues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list of %1 in %2 should hold %3 entries but %n were found and read.</source>
        <translation>
            <numerusform>La liste des %1 dans %2 devrait contenir %3 entrées, mais %n a été trouvée et lue.</numerusform>
            <numerusform>La liste des %1 dans %2 devrait contenir %3 entrées, mais %n ont été trouvées et lues.</numerusform>
        </translation>
    </message>
    <message>
        <source>it is not a file that can be copied</source>
        <translation>ce n&apos;est pas un fichier qui peut être copié</translation>
    </message>
    <message>
        <source>The file as it was is saved as %1.</source>
        <translation>Le fichier d&apos;origine est enregistré sous %1.</translation>
    </message>
    <message>
        <source>No copy of %1 could be saved (%2), so the app writes nothing to it.</source>
        <translation>Aucune copie de %1 n&apos;a pu être enregistrée (%2)&#xa0;: l&apos;application n&apos;y écrit donc rien.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Poll running tasks every</source>
        <translation>&amp;Interroger les tâches en cours toutes les</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Finished runs to keep</source>
        <translation>&amp;Exécutions terminées à conserver</translation>
    </message>
    <message>
        <source>Keep &amp;history for</source>
        <translation>Conserver l&apos;&amp;historique pendant</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>For ever</source>
        <translation>Indéfiniment</translation>
    </message>
    <message>
        <source>&amp;Notify about</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <source>&amp;Closing the window keeps the app in the system tray</source>
        <translation>&amp;Garder l&apos;application dans la zone de notification à la fermeture de la fenêtre</translation>
    </message>
    <message>
        <source>Start at &amp;login</source>
        <translation>Lancer à l&apos;&amp;ouverture de session</translation>
    </message>
    <message>
        <source>Finished runs older than this leave the history; 0 keeps them for ever.</source>
        <translation>Les exécutions terminées plus anciennes que cette durée sont retirées de l&apos;historique&#xa0;; 0 les conserve indéfiniment.</translation>
    </message>
    <message>
        <source>Every finished run</source>
        <translation>Toutes les exécutions terminées</translation>
    </message>
    <message>
        <source>Failed runs only</source>
        <translation>Exécutions en échec uniquement</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Which finished runs a desktop notification tells about. Runs that end together make one notification.</source>
        <translation>Exécutions terminées signalées par une notification du bureau. Les exécutions qui se terminent en même temps sont regroupées en une seule notification.</translation>
    </message>
    <message>
        <source>Starts the app when you log in to this desktop (a freedesktop autostart entry: %1).</source>
        <translation>Lance l&apos;application lorsque vous ouvrez une session sur ce bureau (entrée de démarrage automatique freedesktop&#xa0;: %1).</translation>
    </message>
    <message>
        <source>How often running tasks are checked; applies at once to every profile.</source>
        <translation>Fréquence de vérification des tâches en cours&#xa0;; s&apos;applique immédiatement à tous les profils.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Lancer à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>The new language shows when the app starts again.</source>
        <translation>La nouvelle langue s&apos;affichera au prochain démarrage de l&apos;application.</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
</context>
<context>
    <name>TaskBrowserDialog</name>
    <message>
        <source>Run tasks</source>
        <translation>Démarrer des tâches</translation>
    </message>
    <message>
        <source>Search by task, app, stream or tag, or paste a task id</source>
        <translation>Rechercher par tâche, application, flux ou balise, ou coller un ID de tâche</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Run tasks on %1</source>
        <translation>Démarrer des tâches sur %1</translation>
    </message>
    <message>
        <source>Reload apps on %1</source>
        <translation>Recharger des applications sur %1</translation>
    </message>
    <message>
        <source>Search by app or space, or paste an app id</source>
        <translation>Rechercher par application ou espace, ou coller un ID d&apos;application</translation>
    </message>
    <message>
        <source>List the tasks again (%1)</source>
        <translation>Actualiser la liste des tâches (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n tâche</numerusform>
            <numerusform>%n tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n disabled (greyed out)</source>
        <translation>
            <numerusform>, %n désactivée (grisée)</numerusform>
            <numerusform>, %n désactivées (grisées)</numerusform>
        </translation>
    </message>
    <message>
        <source>The tasks could not be listed: %1</source>
        <translation>Impossible d&apos;obtenir la liste des tâches&#xa0;: %1</translation>
    </message>
    <message>
        <source>Loading the tasks…</source>
        <translation>Chargement des tâches…</translation>
    </message>
    <message numerus="yes">
        <source>Run %n tasks</source>
        <translation>
            <numerusform>Démarrer %n tâche</numerusform>
            <numerusform>Démarrer %n tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Rechercher des tâches</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
</context>
<context>
    <name>TaskFilter</name>
    <message>
        <source>&apos;%1&apos; is not FIELD=PATTERN with FIELD one of task, tag, stream, app</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas de la forme CHAMP=MOTIF, où CHAMP est task, tag, stream ou app</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the pattern is empty</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: le motif est vide</translation>
    </message>
</context>
<context>
    <name>TaskRef</name>
    <message>
        <source>task %1</source>
        <translation>tâche %1</translation>
    </message>
    <message>
        <source>task &apos;%1&apos;</source>
        <translation>tâche «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>Never started</source>
        <translation>Jamais démarrée</translation>
    </message>
    <message>
        <source>Triggered</source>
        <translation>Déclenchée</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Stop requested</source>
        <translation>Abandon demandé</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Abandon en cours</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Finished successfully</source>
        <translation>Terminée avec succès</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Failed, retrying</source>
        <translation>Échec, nouvelle tentative</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialisée</translation>
    </message>
    <message>
        <source>Waiting for distribution</source>
        <translation>En attente de distribution</translation>
    </message>
    <message>
        <source>Distributing</source>
        <translation>Distribution en cours</translation>
    </message>
    <message>
        <source>Unknown status %1</source>
        <translation>Statut inconnu %1</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <source>%1 (disabled: cannot be started)</source>
        <translation>%1 (désactivée&#xa0;: ne peut pas être démarrée)</translation>
    </message>
    <message>
        <source>(personal)</source>
        <translation>(personnel)</translation>
    </message>
    <message>
        <source>(unpublished)</source>
        <translation>(non publiée)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>Jamais exécutée</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Non planifiée</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Balises</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Last status</source>
        <translation>Dernier statut</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <source>Next execution</source>
        <translation>Prochaine exécution</translation>
    </message>
</context>
<context>
    <name>TextFormat</name>
    <message>
        <source>%1 ms</source>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1&#xa0;h %2&#xa0;min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1&#xa0;min %2&#xa0;s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message numerus="yes">
        <source>and %n more…</source>
        <translation>
            <numerusform>et %n autre…</numerusform>
            <numerusform>et %n autres…</numerusform>
        </translation>
    </message>
    <message>
        <source>Recently finished</source>
        <translation>Terminées récemment</translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation>Aucune exécution pour l&apos;instant</translation>
    </message>
    <message>
        <source>&amp;Run task…</source>
        <translation>&amp;Démarrer une tâche…</translation>
    </message>
    <message>
        <source>&amp;Pause polling</source>
        <translation>Mettre l&apos;interrogation en &amp;pause</translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation>&amp;Afficher la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
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
        <translation>erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>note: --timeout passed; the watch ends</source>
        <translation>remarque&#xa0;: --timeout écoulé&#xa0;; fin de la surveillance</translation>
    </message>
    <message>
        <source>error: cannot watch %1: %2</source>
        <translation>erreur&#xa0;: impossible de surveiller %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>error: the server no longer accepts the sign-in: %1</source>
        <translation>erreur&#xa0;: le serveur n&apos;accepte plus les informations de connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>error: no answer from the server for %1 (grace period %2)</source>
        <translation>erreur&#xa0;: aucune réponse du serveur depuis %1 (délai de grâce&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Demo (simulator)</source>
        <translation>Démo (simulateur)</translation>
    </message>
    <message>
        <source>Qlik Cloud demo (simulator)</source>
        <translation>Démo Qlik Cloud (simulateur)</translation>
    </message>
    <message numerus="yes">
        <source>No profile is chosen to start %n task(s) on.</source>
        <translation>
            <numerusform>Aucun profil n&apos;est choisi pour démarrer %n tâche.</numerusform>
            <numerusform>Aucun profil n&apos;est choisi pour démarrer %n tâches.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no profile called “%1”; profiles: %2.</source>
        <translation>Aucun profil ne s&apos;appelle «&#xa0;%1&#xa0;»&#xa0;; profils&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Starting the demo simulator…</source>
        <translation>Démarrage du simulateur de démonstration…</translation>
    </message>
    <message>
        <source>Getting the secret of %1 from the keychain…</source>
        <translation>Récupération du secret de %1 dans le trousseau…</translation>
    </message>
    <message>
        <source>%1 is not connected: its password or token was not given. Choose the profile again to give it.</source>
        <translation>%1 n&apos;est pas connecté&#xa0;: son mot de passe ou son jeton n&apos;a pas été fourni. Choisissez de nouveau le profil pour le saisir.</translation>
    </message>
    <message>
        <source>No profile yet: add one under Profiles.</source>
        <translation>Aucun profil pour l&apos;instant&#xa0;: ajoutez-en un dans Profils.</translation>
    </message>
    <message>
        <source>No active profile: choose one in the toolbar.</source>
        <translation>Aucun profil actif&#xa0;: choisissez-en un dans la barre d&apos;outils.</translation>
    </message>
    <message>
        <source>No profile is active.</source>
        <translation>Aucun profil n&apos;est actif.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start Qlik Sense tasks and watch them run.</source>
        <translation>Démarre des tâches Qlik Sense et suit leur exécution.</translation>
    </message>
    <message>
        <source>Start on the demo profile (the bundled simulator).</source>
        <translation>Démarrer avec le profil de démo (le simulateur intégré).</translation>
    </message>
    <message>
        <source>Developer option: run a few tasks, save screenshots into &lt;directory&gt; and quit.</source>
        <translation>Option de développement&#xa0;: exécuter quelques tâches, enregistrer des captures d&apos;écran dans &lt;répertoire&gt; et quitter.</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>répertoire</translation>
    </message>
    <message>
        <source>Keep settings in this INI file instead of the user&apos;s settings.</source>
        <translation>Conserver les paramètres dans ce fichier INI au lieu des paramètres de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>The profile the --run tasks start on (default: the active one).</source>
        <translation>Profil sur lequel démarrent les tâches de --run (par défaut&#xa0;: le profil actif).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Start this task (id or exact name); repeatable. In the app already running, when there is one.</source>
        <translation>Démarrer cette tâche (ID ou nom exact)&#xa0;; option répétable. Dans l&apos;instance de l&apos;application déjà en cours d&apos;exécution, s&apos;il y en a une.</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tâche</translation>
    </message>
    <message>
        <source>Cannot start tasks</source>
        <translation>Impossible de démarrer les tâches</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; has no secret in the keychain (save it in the desktop app), or %2</source>
        <translation>le profil «&#xa0;%1&#xa0;» n&apos;a pas de secret dans le trousseau (enregistrez-le dans l&apos;application de bureau), ou %2</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos;: %2 Instead, %3</source>
        <translation>profil «&#xa0;%1&#xa0;»&#xa0;: %2 À la place, %3</translation>
    </message>
    <message>
        <source>qlik-task: warning: %1
</source>
        <translation>qlik-task&#xa0;: avertissement&#xa0;: %1
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
        <translation>qlik-task&#xa0;: %1
Essayez &apos;qlik-task --help&apos; pour plus d&apos;informations.
</translation>
    </message>
</context>
</TS>
