declare module "react-router" {
  interface AppLoadContext {
    /** The caller's address: the socket's peer, or with TRUST_PROXY that many hops into X-Forwarded-For (rate limits). */
    clientIp: string;
    /** This response's Content-Security-Policy nonce, for every inline script React Router renders. */
    cspNonce: string;
  }
}

export {};
