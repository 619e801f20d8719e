import {describe, expect, it} from 'vitest';
import {catalogs, say} from '../../source/i18n/catalogs.js';
import {languages} from '../../source/i18n/lang.js';
import {netText, netWords, profileNoticeText} from '../../source/i18n/text.js';

/** Every path of a catalog, with the kind of value found there. */
function shape(value: unknown, path = ''): string[] {
	if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => shape(item, `${path}.${key}`));
	return [`${path}: ${typeof value}`];
}

describe.each(languages)('the %s catalog', lang => {
	it('has every entry of the English one, of the same kind, and no other', () => {
		expect(shape(catalogs[lang]).sort()).toEqual(shape(catalogs.en).sort());
	});

	it('words a message by its key, a parameter that is a message or a per-language value in the same language', () => {
		const nested = say(netText.caUnreadable('/ca.pem', '--ca', netWords.notFound), lang);
		expect(nested.message).toContain(catalogs[lang].netWords.notFound);
		expect(nested.hint).toBe(catalogs[lang].netText.caUnreadable('', '', '').hint);
		const notice = profileNoticeText.movedAside('/p.bak', 'parse');
		expect(say(netText.other('host', notice), lang).message).toContain(notice[lang]);
	});
});
