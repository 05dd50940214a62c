/**
 * A stand-in for Parliament's three APIs in end-to-end tests: a real HTTPS server on this machine, with its own
 * self-signed certificate, which the test browser reaches through its host mapping (`launchBevan({ standIn })`) and
 * trusts by the certificate's key alone. Routes answer in the real APIs' shapes; every request is recorded, so a test
 * can check what Bevan asked, and that it asked nothing when it should not.
 */
import { execFileSync } from 'node:child_process';
import { createHash, createPublicKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PARLIAMENT_ORIGINS } from '../../../utils/parliament/hosts';

export const PARLIAMENT_API_HOSTS = Object.values(PARLIAMENT_ORIGINS).map((origin) => new URL(origin).host);

export interface StandInAnswer {
  status?: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string or bytes as they are. */
  body?: unknown;
}

/** Answers a request (its full https address), or undefined for the API's own 404. */
export type StandInRoute = (url: URL) => StandInAnswer | undefined | Promise<StandInAnswer | undefined>;

export interface StandInRequest {
  url: string;
  headers: Record<string, string | string[] | undefined>;
}

export interface ParliamentStandIn {
  port: number;
  /** The base64 SHA-256 of the certificate's public key, for Chromium's --ignore-certificate-errors-spki-list. */
  spkiHash: string;
  requests: StandInRequest[];
  /** Replaces the routes (e.g. a new stage served later). */
  route(route: StandInRoute): void;
  /** While down, every connection is dropped at once, as when the API is unreachable. */
  setDown(down: boolean): void;
  close(): Promise<void>;
}

/** A key and certificate for the three API host names, made with the machine's openssl. */
function makeCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(path.join(tmpdir(), 'bevan-stand-in-'));
  try {
    const keyFile = path.join(dir, 'key.pem');
    const certFile = path.join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-keyout',
        keyFile,
        '-out',
        certFile,
        '-subj',
        '/CN=parliament-stand-in',
        '-addext',
        `subjectAltName=${PARLIAMENT_API_HOSTS.map((host) => `DNS:${host}`).join(',')}`,
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(keyFile), cert: readFileSync(certFile) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startParliamentStandIn(initial: StandInRoute = () => undefined): Promise<ParliamentStandIn> {
  const { key, cert } = makeCertificate();
  const spki = createPublicKey(cert).export({ type: 'spki', format: 'der' });
  const spkiHash = createHash('sha256').update(spki).digest('base64');
  let route = initial;
  let down = false;
  const requests: StandInRequest[] = [];
  const sockets = new Set<Socket>();

  const server: Server = createServer({ key, cert }, async (request, response) => {
    const url = new URL(request.url ?? '/', `https://${request.headers.host ?? PARLIAMENT_API_HOSTS[0]}`);
    requests.push({ url: url.href, headers: request.headers });
    const answer = (await route(url)) ?? {
      status: 404,
      body: { type: 'https://tools.ietf.org/html/rfc7231#section-6.5.4', title: 'Not Found', status: 404 },
    };
    const body = answer.body;
    const isJson = body !== undefined && typeof body !== 'string' && !(body instanceof Uint8Array);
    response.writeHead(answer.status ?? 200, {
      ...(isJson ? { 'content-type': 'application/json; charset=utf-8' } : {}),
      ...answer.headers,
    });
    response.end(isJson ? JSON.stringify(body) : (body as string | Uint8Array | undefined));
  });
  server.on('secureConnection', (socket) => {
    if (down) {
      socket.destroy();
      return;
    }
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the stand-in has no port');

  return {
    port: address.port,
    spkiHash,
    requests,
    route(next) {
      route = next;
    },
    setDown(next) {
      down = next;
      if (down) for (const socket of sockets) socket.destroy();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** One of the samples in ../shared/data/api-samples, or null when the shared data is absent. */
export function apiSample(name: string): unknown {
  try {
    return JSON.parse(
      readFileSync(path.resolve(import.meta.dirname, '../../../../shared/data/api-samples', name), 'utf8'),
    );
  } catch {
    return null;
  }
}
