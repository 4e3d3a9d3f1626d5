/** The one cookie the site sets: the language a reader chose in the menu, for their next visit to `/`. */
export const localeCookie = 'octet-locale';
/** One year: long enough to be remembered, short enough to be forgotten. */
export const localeCookieMaxAge = 60 * 60 * 24 * 365;
