import { RateLimiterMemory } from "rate-limiter-flexible";

/**
 * Login throttling with rate-limiter-flexible: failures per account (guessing one password) and
 * per address (trying many accounts). In memory: one server process today; with several
 * instances the same library's Postgres store replaces it (docs/decisions/0003).
 */
export type LoginLimits = { perAccount: { points: number; duration: number }; perIp: { points: number; duration: number } };

export const LOGIN_LIMITS: LoginLimits = {
  perAccount: { points: 5, duration: 15 * 60 },
  perIp: { points: 20, duration: 15 * 60 },
};

export type LoginLimiter = {
  /** Seconds to wait if either key is blocked now; 0 if the attempt may go ahead. */
  blockedFor(account: string, ip: string): Promise<number>;
  recordFailure(account: string, ip: string): Promise<void>;
  recordSuccess(account: string): Promise<void>;
};

export function createLoginLimiter(limits: LoginLimits = LOGIN_LIMITS): LoginLimiter {
  const perAccount = new RateLimiterMemory({ keyPrefix: "login-account", ...limits.perAccount });
  const perIp = new RateLimiterMemory({ keyPrefix: "login-ip", ...limits.perIp });
  const waitFor = async (limiter: RateLimiterMemory, points: number, key: string) => {
    const res = await limiter.get(key);
    return res && res.consumedPoints >= points ? Math.ceil(res.msBeforeNext / 1000) : 0;
  };
  return {
    async blockedFor(account, ip) {
      const [a, i] = await Promise.all([waitFor(perAccount, limits.perAccount.points, account), waitFor(perIp, limits.perIp.points, ip)]);
      return Math.max(a, i);
    },
    async recordFailure(account, ip) {
      // consume() rejects once the limit is passed; the block is what we want, not an error.
      await Promise.allSettled([perAccount.consume(account), perIp.consume(ip)]);
    },
    async recordSuccess(account) {
      await perAccount.delete(account);
    },
  };
}

export const loginLimiter = createLoginLimiter();
