// Identifiers of real-estate data written under key-like names (real-estate-property corpus):
// - RESO Data Dictionary key fields (`ListingKey`, `ListAgentKey`, `BuyerOfficeKey`, `MemberKey`,
//   `MediaKey`...): each is the record's primary or foreign key in the MLS's system (RESO: "a unique
//   identifier for this record"), sent in every listing payload and feed, and no credential. The
//   names are matched as the Data Dictionary spells them (PascalCase, whole), not any `*_KEY` setting;
// - a Matterport Showcase SDK key: Matterport documents it for the browser (`applicationKey=` in the
//   showcase iframe's URL, the SDK's `connect(iframe, key)`), bound to the domains the account lists;
//   the Model API's token id and secret stay secrets.

/** The Data Dictionary's key fields, optionally after a resource's name (`Property.ListingKey`). */
const RESO_RECORD_KEY =
  /(?:^|\.)(?:(?:Co)?(?:List|Buyer)(?:Agent|Office|Team)|Listing|Member|Office|Media|OpenHouse|Showing|Team|TeamMember|ResourceRecord|HistoryTransactional|Contact|Prospecting|SavedSearch|Room|UnitType|OfficeBroker|OfficeManager|MainOffice|OriginatingSystem|SourceSystem|Rules|Queue|Caravan|CaravanStop|OtherPhone|SocialMedia)Key$/;

/** Whether `name` is a RESO Data Dictionary record key (a listing's, an agent's, an office's id). */
export function isResoRecordKey(name: string): boolean {
  return name.endsWith('Key') && RESO_RECORD_KEY.test(name);
}

/**
 * Whether `name` holds a Matterport Showcase SDK key: a Matterport-named SDK or application key
 * (`MATTERPORT_SDK_KEY`, `matterportApplicationKey`), or the showcase URL's `applicationKey`
 * parameter on a line that loads a Matterport showcase.
 */
export function isMatterportSdkKey(name: string, line: string): boolean {
  if (/^applicationKey$/i.test(name)) return /matterport\.com\/(?:show|showcase-sdk)/i.test(line);
  return /matterport[-_.]?(?:showcase[-_.]?)?(?:sdk|app(?:lication)?)[-_.]?key$/i.test(name);
}
