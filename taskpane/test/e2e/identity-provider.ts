/**
 * A local OpenID Connect provider for the end-to-end tests of Office single sign-on: what Entra ID is to a
 * deployment. It serves a discovery document and the public half of an RSA key on plain http at 127.0.0.1
 * (the server accepts a plain-http Auth:MetadataAddress on loopback only), and signs the access tokens the
 * fake Office hands the taskpane (Office.auth.getAccessToken) with the private half, shaped as Entra's v2
 * tokens for an add-in are: aud the client id, scp access_as_user.
 */
import { generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';

/** The issuer the tokens name: the server's https Auth:Authority, which nobody fetches. */
export const issuer = 'https://login.example.test/e2e-tenant/v2.0';

export interface IdentityProvider {
  clientId: string;
  /** The server's settings, as environment variables, to accept this provider's tokens for Office single sign-on. */
  serverEnvironment: Record<string, string>;
  /** An access token for the person `objectId` called `name`, valid for `lifetimeSeconds` (negative: expired that long ago). */
  accessToken(objectId: string, name: string, lifetimeSeconds?: number): string;
  stop(): Promise<void>;
}

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

function signJwt(privateKey: KeyObject, keyId: string, claims: Record<string, unknown>): string {
  const signed = `${base64url({ alg: 'RS256', typ: 'JWT', kid: keyId })}.${base64url(claims)}`;
  return `${signed}.${sign('sha256', Buffer.from(signed), privateKey).toString('base64url')}`;
}

export async function startIdentityProvider(): Promise<IdentityProvider> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyId = 'e2e-key-1';
  const clientId = randomUUID();
  const server: Server = createServer((request, response) => {
    const origin = `http://${request.headers.host}`;
    const body =
      request.url === '/.well-known/openid-configuration'
        ? { issuer, jwks_uri: `${origin}/keys`, id_token_signing_alg_values_supported: ['RS256'] }
        : request.url === '/keys'
          ? { keys: [{ ...publicKey.export({ format: 'jwk' }), kid: keyId, use: 'sig', alg: 'RS256' }] }
          : null;
    response.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body ?? {}));
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as { port: number };

  return {
    clientId,
    serverEnvironment: {
      Auth__Authority: issuer,
      Auth__Audience: clientId,
      Auth__ClientId: clientId,
      Auth__MetadataAddress: `http://127.0.0.1:${port}/.well-known/openid-configuration`,
    },
    accessToken(objectId, name, lifetimeSeconds = 3600) {
      const now = Math.floor(Date.now() / 1000);
      return signJwt(privateKey, keyId, {
        iss: issuer,
        aud: clientId,
        sub: objectId,
        oid: objectId,
        name,
        scp: 'access_as_user',
        ver: '2.0',
        iat: now - 600,
        nbf: now - 600,
        exp: now + lifetimeSeconds,
      });
    },
    stop: () => new Promise((closed) => server.close(() => closed())),
  };
}
