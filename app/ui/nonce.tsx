import { createContext, useContext } from "react";

/**
 * The Content-Security-Policy nonce of the response being rendered on the server. Browsers hide
 * nonce attributes from scripts, so in the browser it is the empty string, as React expects.
 */
const NonceContext = createContext("");

export const NonceProvider = NonceContext.Provider;

export function useNonce(): string {
  return useContext(NonceContext);
}
