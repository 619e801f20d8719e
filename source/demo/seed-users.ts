import {randomUUID} from 'node:crypto';
import type {ProviderKind} from '../model/provider-kind.js';

export const userSchema = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const enterpriseUserSchema = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

export type ScimUser = Readonly<{
	schemas: readonly string[];
	id: string;
	externalId: string;
	userName: string;
	name: Readonly<{formatted: string; givenName: string; familyName: string}>;
	displayName: string;
	title: string;
	emails: ReadonlyArray<Readonly<{value: string; type: string; primary: boolean}>>;
	active: boolean;
	[enterpriseUserSchema]?: Readonly<{organization: string; department?: string}>;
	meta: Readonly<{resourceType: 'User'; created: string; lastModified: string; location: string}>;
}>;

type Person = readonly [givenName: string, familyName: string, title: string, department: string];

// Internal users are the company's staff; third-party users come from partner companies.
// Reserved example domains only, so nothing here points at a real mailbox.
const people: Readonly<Record<ProviderKind, {domain: string; organization: string; people: readonly Person[]}>> = {
	internal: {
		domain: 'example.com',
		organization: 'Example Corp',
		people: [
			['Ana', 'Souza', 'Security Analyst', 'Information Security'],
			['Bruno', 'Carvalho', 'Systems Administrator', 'Infrastructure'],
			['Carla', 'Mendes', 'IAM Engineer', 'Information Security'],
			['Diego', 'Ferreira', 'Database Administrator', 'Infrastructure'],
			['Eduarda', 'Lima', 'Network Engineer', 'Infrastructure'],
		],
	},
	'third-party': {
		domain: 'partner.example.net',
		organization: 'Partner Services Ltda',
		people: [
			['Felipe', 'Rocha', 'Support Contractor', 'Managed Services'],
			['Gabriela', 'Alves', 'Auditor', 'External Audit'],
			['Henrique', 'Barbosa', 'Field Technician', 'Managed Services'],
			['Isabela', 'Ribeiro', 'Consultant', 'Professional Services'],
		],
	},
};

/** A handful of users per provider kind, with fresh ids for each server run. */
export function seedUsers(kind: ProviderKind, baseUrl: string, created: Date): readonly ScimUser[] {
	const {domain, organization} = people[kind];
	const timestamp = created.toISOString();
	return people[kind].people.map(([givenName, familyName, title, department], index) => {
		const id = randomUUID();
		const userName = `${givenName}.${familyName}@${domain}`.toLowerCase();
		return {
			schemas: [userSchema, enterpriseUserSchema],
			id,
			externalId: `${kind === 'internal' ? 'EMP' : 'EXT'}-${String(1001 + index)}`,
			userName,
			name: {formatted: `${givenName} ${familyName}`, givenName, familyName},
			displayName: `${givenName} ${familyName}`,
			title,
			emails: [{value: userName, type: 'work', primary: true}],
			active: true,
			[enterpriseUserSchema]: {organization, department},
			meta: {resourceType: 'User', created: timestamp, lastModified: timestamp, location: `${baseUrl}/Users/${id}`},
		};
	});
}
