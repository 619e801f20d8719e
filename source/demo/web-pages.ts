/**
 * What a browser gets at the appliance's root: the login page. Someone who pastes the Segura URL
 * where the Token URL belongs gets HTML back, as they would from a real appliance.
 */
export const loginPage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Segura - Login</title>
</head>
<body>
<main>
<h1>Segura</h1>
<p>Practice server: there is no web console here. Use the provider details printed by <code>segura-token demo --serve</code>.</p>
<form method="post" action="/login">
<label>Username <input name="username" autocomplete="username"></label>
<label>Password <input name="password" type="password" autocomplete="current-password"></label>
<button type="submit" disabled>Log in</button>
</form>
</main>
</body>
</html>
`;

export const notFoundPage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>404 Not Found</title>
</head>
<body>
<h1>Not Found</h1>
<p>The requested URL was not found on this server.</p>
</body>
</html>
`;
