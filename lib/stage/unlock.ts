/** Where a presenter's browser shows the password to `npm run present`'s server, under the deck's base. */
export const UNLOCK_PATH = '__deck/unlock'
