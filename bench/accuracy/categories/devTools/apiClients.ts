import { type Template, template } from '../../draft';
import type { Gen } from '../../gen';
import { awsKeyId, awsSecret } from '../ciIac/pipelines';
import { API_HOSTS, apiKey, bearerToken, clientSecret, isoTime, jsonFile, labelled, password, uuid } from './values';

/**
 * dev-tools positives, JSON API-client exports: Postman collections (v2.1) and environments,
 * Insomnia v4 exports (JSON and YAML) and Thunder Client collections, as the tools write them
 * (pretty-printed: a key's name stands a line or more above its value). Values generated at run time.
 */

/** A Postman v2.1 key/value entry as an auth array holds it. */
const kv = (key: string, value: string) => ({ key, value, type: 'string' });

function postmanCollection(g: Gen, auth: unknown, extra: Record<string, unknown> = {}) {
  const host = g.pick(API_HOSTS);
  return {
    info: {
      _postman_id: uuid(g),
      name: `${g.pick(['Orders', 'Billing', 'Inventory', 'Payments'])} API`,
      schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json',
      _exporter_id: g.fake.digits(8),
    },
    item: [
      {
        name: `List ${g.word()}s`,
        request: {
          method: 'GET',
          header: [{ key: 'Accept', value: 'application/json', type: 'text' }],
          url: { raw: `{{baseUrl}}/v1/${g.word()}s`, host: ['{{baseUrl}}'], path: ['v1', `${g.word()}s`] },
        },
        response: [],
      },
    ],
    auth,
    variable: [{ key: 'baseUrl', value: `https://${host}`, type: 'string' }],
    ...extra,
  };
}

const POSTMAN_PATH = ['postman/collection.json', 'Orders.postman_collection.json', 'docs/api.postman_collection.json'];

export const apiClientPositives: readonly Template[] = [
  template('postman-auth-bearer', (g) => {
    const t = bearerToken(g);
    return jsonFile(
      g.pick(POSTMAN_PATH),
      postmanCollection(g, { type: 'bearer', bearer: [kv('token', t)] }),
      [t],
      '\t',
    );
  }),
  template('postman-auth-basic', (g) => {
    const pw = password(g);
    const auth = { type: 'basic', basic: [kv('password', pw), kv('username', g.user())] };
    return jsonFile(g.pick(POSTMAN_PATH), postmanCollection(g, auth), [pw], '\t');
  }),
  template('postman-auth-apikey', (g) => {
    const k = apiKey(g);
    const auth = {
      type: 'apikey',
      apikey: [kv('value', k), kv('key', g.pick(['X-API-Key', 'api_key', 'x-api-token'])), kv('in', 'header')],
    };
    return jsonFile(g.pick(POSTMAN_PATH), postmanCollection(g, auth), [k], '\t');
  }),
  template('postman-auth-oauth2', (g) => {
    const s = clientSecret(g);
    const auth = {
      type: 'oauth2',
      oauth2: [
        kv('clientSecret', s),
        kv('clientId', g.fake.lowerAlnum(20)),
        kv('accessTokenUrl', `https://auth.${g.pick(['acmecorp.net', 'contoso.com'])}/oauth/token`),
        kv('grant_type', 'client_credentials'),
        kv('tokenName', 'service token'),
        kv('addTokenTo', 'header'),
      ],
    };
    return jsonFile(g.pick(POSTMAN_PATH), postmanCollection(g, auth), [s], '\t');
  }),
  template('postman-auth-oauth2-access-token', (g) => {
    const t = g.fake.jwt({ aud: 'orders-api' });
    const auth = {
      type: 'oauth2',
      oauth2: [kv('accessToken', t), kv('tokenType', 'Bearer'), kv('addTokenTo', 'header')],
    };
    return jsonFile(g.pick(POSTMAN_PATH), postmanCollection(g, auth), [t], '\t');
  }),
  template('postman-auth-awsv4', (g) => {
    const id = awsKeyId(g);
    const s = awsSecret(g);
    const auth = {
      type: 'awsv4',
      awsv4: [kv('secretKey', s), kv('accessKey', id), kv('region', 'eu-west-1'), kv('service', 'execute-api')],
    };
    return jsonFile(g.pick(POSTMAN_PATH), postmanCollection(g, auth), [s, id], '\t');
  }),
  template('postman-request-header', (g) => {
    const useBearer = g.chance(0.5);
    const t = useBearer ? bearerToken(g) : apiKey(g);
    const c = postmanCollection(g, undefined);
    c.item[0]!.request.header.push({
      key: useBearer
        ? 'Authorization'
        : g.pick(['X-API-Key', 'x-api-key', 'Ocp-Apim-Subscription-Key', 'X-Auth-Token']),
      value: useBearer ? `Bearer ${t}` : t,
      type: 'text',
    });
    return jsonFile(g.pick(POSTMAN_PATH), c, [t], '\t');
  }),
  template('postman-collection-variable', (g) => {
    const k = apiKey(g);
    const c = postmanCollection(g, { type: 'apikey', apikey: [kv('value', '{{apiKey}}'), kv('key', 'X-API-Key')] });
    c.variable.push({ key: g.pick(['apiKey', 'api_key', 'serviceToken', 'accessToken']), value: k, type: 'string' });
    return jsonFile(g.pick(POSTMAN_PATH), c, [k], '\t');
  }),
  template('postman-raw-login-body', (g) => {
    const pw = password(g);
    const c = postmanCollection(g, undefined);
    c.item.push({
      name: 'Login',
      request: {
        method: 'POST',
        header: [{ key: 'Content-Type', value: 'application/json', type: 'text' }],
        body: { mode: 'raw', raw: JSON.stringify({ username: g.user(), password: pw }, null, 4) },
        url: { raw: '{{baseUrl}}/auth/login', host: ['{{baseUrl}}'], path: ['auth', 'login'] },
      },
      response: [],
    } as never);
    return jsonFile(g.pick(POSTMAN_PATH), c, [pw], '\t');
  }),
  template('postman-url-query-key', (g) => {
    const k = apiKey(g);
    const name = g.pick(['api_key', 'apikey', 'access_token', 'key']);
    const c = postmanCollection(g, undefined);
    c.item[0]!.request.url = {
      raw: `https://${g.pick(API_HOSTS)}/v2/quotes?symbol=ACME&${name}=${k}`,
      query: [
        { key: 'symbol', value: 'ACME' },
        { key: name, value: k },
      ],
    } as never;
    return jsonFile(g.pick(POSTMAN_PATH), c, [k], '\t');
  }),
  template('postman-environment', (g) => {
    const k = g.chance(0.5) ? apiKey(g) : bearerToken(g);
    const pw = password(g);
    const env = {
      id: uuid(g),
      name: g.pick(['Production', 'Staging', 'prod-eu']),
      values: [
        { key: 'baseUrl', value: `https://${g.pick(API_HOSTS)}`, type: 'default', enabled: true },
        { key: g.pick(['apiKey', 'token', 'accessToken', 'api_token']), value: k, type: 'secret', enabled: true },
        { key: 'username', value: g.user(), type: 'default', enabled: true },
        { key: g.pick(['password', 'userPassword', 'adminPassword']), value: pw, type: 'secret', enabled: true },
      ],
      _postman_variable_scope: 'environment',
      _postman_exported_at: isoTime(g),
      _postman_exported_using: 'Postman/11.2.0',
    };
    return jsonFile(
      g.pick(['postman/prod.postman_environment.json', 'Production.postman_environment.json']),
      env,
      [k, pw],
      '\t',
    );
  }),
  template('postman-globals', (g) => {
    const t = bearerToken(g);
    const env = {
      id: uuid(g),
      values: [
        { key: 'tenant', value: g.word(), enabled: true },
        { key: g.pick(['authToken', 'bearer', 'jwt', 'session_token']), value: t, enabled: true },
      ],
      name: 'Globals',
      _postman_variable_scope: 'globals',
      _postman_exported_at: isoTime(g),
      _postman_exported_using: 'Postman/10.24.3',
    };
    return jsonFile('workspace.postman_globals.json', env, [t], '\t');
  }),
  template('insomnia-json-bearer', (g) => {
    const t = bearerToken(g);
    return jsonFile(
      'insomnia/Insomnia_export.json',
      insomniaExport(g, { type: 'bearer', token: t, prefix: '', disabled: false }),
      [t],
    );
  }),
  template('insomnia-json-basic', (g) => {
    const pw = password(g);
    const auth = { type: 'basic', useISO88591: false, disabled: false, username: g.user(), password: pw };
    return jsonFile('insomnia/Insomnia_export.json', insomniaExport(g, auth), [pw]);
  }),
  template('insomnia-json-oauth2', (g) => {
    const s = clientSecret(g);
    const auth = {
      type: 'oauth2',
      grantType: 'client_credentials',
      accessTokenUrl: 'https://login.acmecorp.net/oauth2/token',
      clientId: g.fake.lowerAlnum(24),
      clientSecret: s,
      scope: 'orders.read',
    };
    return jsonFile('insomnia/Insomnia_export.json', insomniaExport(g, auth), [s]);
  }),
  template('insomnia-json-environment', (g) => {
    const k = apiKey(g);
    const data = {
      base_url: `https://${g.pick(API_HOSTS)}`,
      [g.pick(['api_key', 'apiKey', 'token', 'secret_key'])]: k,
    };
    const exp = insomniaExport(g, { type: 'bearer', token: '{{ _.token }}' });
    exp.resources.push({
      _id: 'env_' + g.fake.hex(32),
      parentId: 'wrk_' + g.fake.hex(32),
      modified: 1700000000000 + g.fake.int(1e9),
      name: 'Production',
      data,
      dataPropertyOrder: null,
      color: null,
      isPrivate: false,
      _type: 'environment',
    } as never);
    return jsonFile('insomnia/Insomnia_export.json', exp, [k]);
  }),
  template('insomnia-yaml-export', (g) => {
    const t = bearerToken(g);
    const k = apiKey(g);
    const text = [
      '_type: export',
      '__export_format: 4',
      `__export_date: ${isoTime(g)}`,
      '__export_source: insomnia.desktop.app:v8.6.1',
      'resources:',
      `  - _id: req_${g.fake.hex(32)}`,
      `    parentId: wrk_${g.fake.hex(32)}`,
      `    url: https://${g.pick(API_HOSTS)}/v1/${g.word()}s`,
      `    name: List ${g.word()}s`,
      '    method: GET',
      '    body: {}',
      '    parameters: []',
      '    headers:',
      '      - name: Accept',
      '        value: application/json',
      `      - name: ${g.pick(['X-API-Key', 'x-api-key', 'X-Service-Key'])}`,
      `        value: ${k}`,
      '    authentication:',
      '      type: bearer',
      `      token: ${t}`,
      '    _type: request',
    ].join('\n');
    return labelled('insomnia.yaml', text, [t, k]);
  }),
  template('thunder-collection', (g) => {
    const t = bearerToken(g);
    const col = {
      _id: uuid(g),
      colName: `${g.pick(['Orders', 'Billing', 'Search'])} API`,
      created: isoTime(g),
      sortNum: 10000,
      folders: [],
      settings: { auth: { type: 'bearer', bearer: t } },
    };
    return jsonFile('thunder-tests/collections/tc_col_orders.json', col, [t], 4);
  }),
  template('thunder-request-header', (g) => {
    const k = apiKey(g);
    const req = [
      {
        _id: uuid(g),
        colId: uuid(g),
        containerId: '',
        name: `Get ${g.word()}`,
        url: `https://${g.pick(API_HOSTS)}/v1/${g.word()}s`,
        method: 'GET',
        sortNum: 10000,
        created: isoTime(g),
        modified: isoTime(g),
        headers: [
          { name: 'Accept', value: 'application/json' },
          { name: g.pick(['X-API-Key', 'apikey', 'X-Auth-Token']), value: k },
        ],
        tests: [],
      },
    ];
    return jsonFile('thunder-tests/thunderclient.json', req, [k], 4);
  }),
  template('thunder-environment', (g) => {
    const t = g.chance(0.5) ? bearerToken(g) : password(g);
    const env = [
      {
        _id: uuid(g),
        name: 'prod',
        default: false,
        sortNum: 10000,
        created: isoTime(g),
        modified: isoTime(g),
        data: [
          { name: 'baseUrl', value: `https://${g.pick(API_HOSTS)}` },
          { name: g.pick(['token', 'password', 'clientSecret', 'apiToken']), value: t },
        ],
      },
    ];
    return jsonFile('thunder-tests/thunderEnvironment.json', env, [t], 4);
  }),
];

function insomniaExport(g: Gen, authentication: unknown) {
  return {
    _type: 'export',
    __export_format: 4,
    __export_date: isoTime(g),
    __export_source: 'insomnia.desktop.app:v2023.5.8',
    resources: [
      {
        _id: 'req_' + g.fake.hex(32),
        parentId: 'wrk_' + g.fake.hex(32),
        modified: 1700000000000 + g.fake.int(1e9),
        url: `https://${g.pick(API_HOSTS)}/v1/${g.word()}s`,
        name: `List ${g.word()}s`,
        method: 'GET',
        body: {},
        parameters: [],
        headers: [{ name: 'Accept', value: 'application/json' }],
        authentication,
        _type: 'request',
      },
    ],
  };
}
