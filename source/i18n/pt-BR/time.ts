import type {Catalog} from '../en/index.js';

export const timeText: Catalog['timeText'] = {
	day: (year: string, month: string, day: string) => `${day}/${month}/${year}`,
	left: (span: string) => `resta ${span}`,
	expired: 'expirado',
	today: (clock: string) => `às ${clock}`,
	otherDay: (day: string, clock: string) => `em ${day} às ${clock}`,
	justNow: (when: string) => `agora mesmo, ${when}`,
	ahead: (span: string, when: string) => `em ${span}, ${when}`,
	ago: (span: string, when: string) => `há ${span}, ${when}`,
	expires: (relative: string) => `expira ${relative}`,
	expiredWhen: (relative: string) => `expirou ${relative}`,
};
