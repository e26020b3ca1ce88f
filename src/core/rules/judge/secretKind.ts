/** What a name says the value is. */
export type SecretKind = 'password' | 'secret' | 'token';
