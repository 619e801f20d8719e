// The blocks every command's --help ends with. Every line of every help fits 80 columns, in both
// languages (test/cli/help.test.ts).

const networkHelp = `Network options (every command):
  --ca FILE            also trust the CA certificates in FILE (PEM)
  --insecure           do not check TLS certificates (last resort; warned)
  --timeout SECONDS    give up after SECONDS (default 30)
  --verbose            show each HTTP exchange on stderr as curl -v does, with
                       the Client Secret, tokens and proxy passwords redacted;
                       the wizard shows it when it ends, unless --plain or
                       stderr is not the terminal (2>FILE)
  HTTPS_PROXY, HTTP_PROXY, NO_PROXY and NODE_EXTRA_CA_CERTS are honoured.
`;

const exitCodesHelp = `Exit codes: 0 done, 1 bug, 2 usage or invalid input, 3 network/TLS/timeout,
4 the server refused, 5 the token failed verification, 130 cancelled (Ctrl+C),
129 SIGHUP, 143 SIGTERM, 141 output closed.
`;

const doctorUsage = `Usage: segura-token doctor [--profile NAME | --token-url URL [--base-url URL]
                           [--client-id ID]] [--kind internal|third-party]
                           [--client-secret-stdin] [--json]

Walks the path from this machine to a token Okta can use, one link at a time,
and stops at the first broken one, saying which it is and what to do:

  URL      the Token URL and Base URL are URLs segura-token can use
  DNS      every address of the host
  Proxy    which proxy HTTPS_PROXY, HTTP_PROXY and NO_PROXY choose, and
           whether it opens a tunnel to the server (CONNECT)
  TCP      a connection to the port, and how long it took
  TLS      protocol, certificate chain (subject, issuer, expiry), whether it
           names the host, whether its issuer looks like a TLS-inspecting
           proxy, and --ca advice
  HTTP     the Token URL answers as a token endpoint (no redirect followed)
  Token    a token with the credentials (needs the Client Secret)
  SCIM     Okta's check, GET {Base URL}/Users, with that token
  Provider kind   the kind the token names against the profile's (--kind)

  --profile NAME          check a saved profile (the options below override it)
  --token-url URL         the provider's Token URL (…/iso/oauth2/token)
  --base-url URL          the provider's Base URL (…/iso/scim/v2)
  --client-id ID          the provider's Client ID
  --kind KIND             the provider kind: internal or third-party
  --client-secret-stdin   read the Client Secret from standard input
                          (otherwise from SEGURA_CLIENT_SECRET or the profile;
                          without one, Token and SCIM are not checked)
  --json                  the same report as JSON on stdout

Each link is a line with ✔ (holds), ✘ (broken), ! (holds with a warning) or –
(not checked), and its time. Exit code: 0 when every link checked holds, else
the code of the first broken link.

Example:
  segura-token doctor --profile prod

${networkHelp}
${exitCodesHelp}`;

const getUsage = `Usage: segura-token get [options]

Asks the Token URL for a client-credentials token and prints the bare token
on stdout.

  --profile NAME          use a saved profile (the options below override it)
  --token-url URL         the provider's Token URL (…/iso/oauth2/token)
  --client-id ID          the provider's Client ID
  --client-secret-stdin   read the Client Secret from standard input
                          (otherwise from SEGURA_CLIENT_SECRET or the profile;
                          never from an argument: \`ps\` would show it)
  --client-secret-command CMD
                          run CMD (no shell: quotes and backslashes only)
                          and read the Client Secret from the first line it
                          prints; it may prompt on the terminal; 60 s limit
  --auth basic|body       Client Authentication: Basic header (default) or
                          form body
  --encoding rfc|raw      Basic header encoding: RFC 6749 (default) or raw,
                          as Postman sends it
  --scope S               request this scope
  --param KEY=VALUE       an extra form parameter, repeatable
                          (Segura: --param ttl=60)
  --json                  print {"access_token", "token_type", "expires_in",
                          "expires_at", "scope"}; a failure as {"error": …}
  --copy                  copy the token instead of printing it (OSC 52
                          through SSH/tmux/screen, or the local clipboard)
  --output FILE           write the token to FILE (mode 0600) instead; an
                          existing FILE is kept unless --force is given

Values pasted with spaces, quotes or a line break around them are cleaned, and
stderr says what was removed.

Example:
  read -rs SEGURA_CLIENT_SECRET; export SEGURA_CLIENT_SECRET
  segura-token get --client-id abc123 \\
    --token-url https://segura.example.com/iso/oauth2/token

${networkHelp}
${exitCodesHelp}`;

const verifyUsage = `Usage: segura-token verify [--profile NAME | --base-url URL] [--token-stdin]
                           [--json]

Checks a token the way Okta's "Test API Credentials" does:
GET {Base URL}/Users?startIndex=1&count=2 with "Authorization: Bearer TOKEN"
and "Accept: application/scim+json", expecting a SCIM ListResponse.

  --profile NAME          take the Base URL (and --ca, --insecure) from a
                          saved profile
  --base-url URL          the provider's Base URL (…/iso/scim/v2); overrides
                          the profile's
  --token-stdin           read the access token from standard input
                          (otherwise from SEGURA_TOKEN; never from an
                          argument: \`ps\` would show it; profiles never
                          store tokens)
  --json                  print {"ok", "status", "totalResults"} on stdout;
                          a failure as {"error": …}

Example:
  segura-token get --profile prod |
    segura-token verify --profile prod --token-stdin

${networkHelp}
${exitCodesHelp}`;

const mainUsage = `segura-token: the OAuth 2.0 access token that Okta's SCIM app needs, from a
Segura IGA provider, in a terminal.

Usage:
  segura-token              the step-by-step wizard (opens with saved profiles)
    --profile NAME          start with that profile
    --plain                 the same steps as plain line prompts
    --lang en|pt-BR         language (default: LC_ALL, LC_MESSAGES, LANG)
  segura-token get          one token, no questions: the bare token on stdout
  segura-token verify       check a token as Okta's "Test API Credentials" does
  segura-token profiles     list | show NAME | remove NAME | rename OLD NEW
                            | export NAME... | import FILE | add NAME
  segura-token doctor       check the path to Segura link by link (DNS, proxy,
                            TCP, TLS, HTTP, token, SCIM)
  segura-token demo         a practice server on this machine, and the wizard
    --serve                 the server alone, printing its provider details
  segura-token completion   a completion script for bash, zsh or fish
  segura-token help COMMAND
                            the options of a command (or: COMMAND --help)
  segura-token --version    the version (or: -V)

${networkHelp}
${exitCodesHelp}`;

const demoUsage = `Usage: segura-token demo [--serve [--json]] [--port N] [--reset] [--plain]

Starts a Segura-like practice server on 127.0.0.1 with two IGA providers
(internal users and third-party users), so you can try the whole procedure
without a Segura. Its port and credentials are kept for the next run.

  (no option)     start the server and open the wizard against it
  --serve         only the server: print its provider details and serve until
                  Ctrl+C
  --json          with --serve, print the details as one JSON line
  --port N        listen on port N, and keep it (default: the last run's port)
  --reset         new credentials and a new port, as on the first run
  --plain         the wizard as plain line prompts
`;

const profilesUsage = `Usage: segura-token profiles list [--json]
       segura-token profiles show NAME [--json]
       segura-token profiles remove NAME
       segura-token profiles rename OLD NEW
       segura-token profiles export NAME... [--output FILE [--force]]
       segura-token profiles import FILE|- [--rename NEW] [--force]
       segura-token profiles add NAME --segura-url URL --client-id ID
                                      --kind internal|third-party [options]

The saved profiles: what the wizard keeps of a provider. Never a token; the
Client Secret only when you chose to remember it.

  list             names, kinds, hosts and the record of the last token
  show NAME        every setting of NAME, and where its secret is kept
  remove NAME      delete NAME and its token history
  rename OLD NEW   give OLD a new name
  --json           list and show as JSON (never with a secret)

  export NAME...   the profiles as a JSON document on stdout (or --output FILE,
                   mode 0600): their values and network options, never the
                   Client Secret
  import FILE      the profiles of an export (- reads standard input): all of
                   them checked first, then written together or not at all;
                   --rename NEW gives a single profile another name; --force
                   replaces profiles of the same name
  add NAME         a profile from options, checked as the wizard checks it:
                   --segura-url, --client-id, --kind; --base-url and
                   --token-url (default: Segura's paths on the Segura URL),
                   --token-name, --auth basic|body, --encoding rfc|raw,
                   --scope, --param KEY=VALUE, --ca FILE, --insecure,
                   --client-secret-command CMD (the secret read from CMD
                   each time; see get --help)

Example, from a laptop to a jump host:
  segura-token profiles export prod | ssh jump segura-token profiles import -
`;

const completionUsage = `Usage: segura-token completion bash|zsh|fish

Prints a script that completes segura-token's commands, options and saved
profile names in that shell (the names are read each time you press Tab).

  bash   add to ~/.bashrc:
           source <(segura-token completion bash)
  zsh    add to ~/.zshrc, after compinit:
           source <(segura-token completion zsh)
  fish   run once:
           segura-token completion fish \\
             > ~/.config/fish/completions/segura-token.fish
`;

/** Each command's --help, and the main one (''), for `segura-token help COMMAND` too. */
export const usage = {
	main: mainUsage,
	get: getUsage,
	verify: verifyUsage,
	profiles: profilesUsage,
	doctor: doctorUsage,
	demo: demoUsage,
	completion: completionUsage,
};
