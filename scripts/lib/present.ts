// What `npm run present` prints: the password and the three addresses of the talk. Pure, for the unit tests.
import type { NetworkInterfaceInfo } from 'node:os'
import { randomInt } from 'node:crypto'

// No 0/O, 1/l/I: a password read off a screen and typed on a phone.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'

/** A new password: 12 characters of 31, about 59 bits, in groups of four to read aloud. */
export function newPassword(): string {
  const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)])
  return [0, 4, 8].map(i => chars.slice(i, i + 4).join('')).join('-')
}

/** The machine's IPv4 addresses on the local network (not loopback), where a phone can reach it. */
export function lanAddresses(interfaces: Record<string, NetworkInterfaceInfo[] | undefined>): string[] {
  return Object.values(interfaces)
    .flatMap(list => list ?? [])
    .filter(i => i.family === 'IPv4' && !i.internal)
    .map(i => i.address)
}

export interface TalkUrls {
  /** The audience's window, for the projector: follows the presenter. */
  projector: string
  /** The presenter view on the laptop: notes, next slide, timer. */
  presenter: string
  /** The phone remote, on the local network; undefined when the machine has no such address. */
  phone?: string
}

export function talkUrls(port: number, password: string, lan: string | undefined): TalkUrls {
  const q = `?password=${encodeURIComponent(password)}`
  return {
    projector: `http://localhost:${port}/`,
    presenter: `http://localhost:${port}/presenter/${q}`,
    phone: lan ? `http://${lan}:${port}/remote${q}` : undefined,
  }
}
