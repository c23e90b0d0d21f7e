declare module "react-router" {
  interface AppLoadContext {
    /** The caller's address as Express resolved it (trusting one proxy hop), for rate limiting. */
    clientIp: string;
  }
}

export {};
