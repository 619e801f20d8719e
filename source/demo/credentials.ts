import {randomInt} from 'node:crypto';

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A random alphanumeric string: randomInt avoids the modulo bias of mapping random bytes. */
export function randomAlphanumeric(length: number): string {
	let text = '';
	for (let i = 0; i < length; i++) text += alphabet[randomInt(alphabet.length)];
	return text;
}

export function newClientCredentials(): {clientId: string; clientSecret: string} {
	return {clientId: randomAlphanumeric(24), clientSecret: randomAlphanumeric(48)};
}
