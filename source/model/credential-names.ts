// What a field, header or parameter is called when it carries a credential. One rule for
// --verbose's redaction and for the extra token parameters a user may add (which must never
// carry a secret on the command line).

/** client_secret, password, passwd, an API key, client_assertion and client_assertion_type's kin. */
export function isSecretName(name: string): boolean {
	return /secret|passw|api[-_]?key|^client[-_]?assertion$/i.test(name);
}

/** access_token, refreshToken, X-Access-Token, id_token, token: any name that ends in "token", whatever its case or separator. */
export function isTokenName(name: string): boolean {
	return /token$/i.test(name);
}
