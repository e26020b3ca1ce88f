// Services whose keys carry no prefix: email, SMS and voice, chat, support, notifications, CRM and
// marketing. One row per service: `Name | key format | docs page | flags | aliases`.
// Key format: `alphabet:lengths` alternatives separated by `/` (alphabets in serviceFormat.ts; `g` is
// the generic shape: 32/40/64 hex, 20-64 base62 or 24-64 base64url). Flags: `v` = format checked against the
// service's public docs; otherwise unverified (the shape its keys are generally documented as).
// `c` = the name is a common word, so a credential word (key, token, secret, api) must stand near it.
// `s` = strict: every credential the service issues has the listed format, so a value in another
// shape is not its key (other services also accept a random value in the generic shape).
// `!format`: the shape of a public identifier (a browser-side app key), a key only when named secret.
export const MESSAGING_SERVICES = `
Mailjet | hex:32 | https://dev.mailjet.com/email/guides/ | |
Mailgun | hex:32/b62:32-64 | https://documentation.mailgun.com/docs/mailgun/user-manual/get-started/ | |
SendGrid | b64url:24-69 | https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys | |
SparkPost | hex:40 | https://developers.sparkpost.com/api/ | |
Mandrill | b62:22-40 | https://mailchimp.com/developer/transactional/ | |
Sendinblue | g | https://developers.brevo.com/docs | | brevo
MailerLite | g/b64url:40-1200 | https://developers.mailerlite.com/docs/ | |
MailerSend | g | https://developers.mailersend.com/ | |
Elastic Email | g/upper:96 | https://elasticemail.com/developers | | elasticemail
SendPulse | g | https://sendpulse.com/integrations/api | |
Moosend | g | https://docs.moosend.com/developers/api-documentation/en/index.html | |
Omnisend | g | https://api-docs.omnisend.com/ | |
Klaviyo | g | https://developers.klaviyo.com/en/docs/authenticate_ | |
ConvertKit | g | https://developers.convertkit.com/ | |
Kit.com | g | https://developers.kit.com/ | |
ActiveCampaign | hex:64-72 | https://developers.activecampaign.com/reference/authentication | |
GetResponse | g | https://apidocs.getresponse.com/v3/authentication | c |
AWeber | g | https://api.aweber.com/ | |
Campaign Monitor | g/b64:40-120 | https://www.campaignmonitor.com/api/ | |
Customer.io | g | https://customer.io/docs/api/ | | customerio
Iterable | g | https://support.iterable.com/hc/en-us/articles/360043464871-API-Keys- | c |
Mailtrap | hex:32 | https://api-docs.mailtrap.io/ | |
SMTP2GO | g | https://developers.smtp2go.com/docs/getting-started | |
Kickbox | g | https://docs.kickbox.com/docs/authentication | |
ZeroBounce | hex:32 | https://www.zerobounce.net/docs/ | |
NeverBounce | g | https://developers.neverbounce.com/ | |
Hunter.io | hex:40 | https://hunter.io/api-documentation | | hunterio
Emailable | g | https://emailable.com/docs/api/ | |
Mailboxlayer | hex:32 | https://mailboxlayer.com/documentation | |
Clearout | g | https://docs.clearout.io/ | |
Snov.io | g | https://snov.io/api | | snovio
Lemlist | g | https://developer.lemlist.com/ | |
Reply.io | g | https://apidocs.reply.io/ | | replyio
Woodpecker | g | https://woodpecker.co/api/ | c |
Instantly | g | https://developer.instantly.ai/ | c |
Apollo.io | g | https://docs.apollo.io/ | | apolloio
Outreach | g | https://developers.outreach.io/ | c |
Salesloft | g | https://developers.salesloft.com/ | |
Mixmax | g | https://developer.mixmax.com/ | |
Nylas | g | https://developer.nylas.com/docs/ | |
Mautic | g | https://developer.mautic.org/ | |
Sendy | g | https://sendy.co/api | |
Listmonk | g | https://listmonk.app/docs/apis/apis/ | |
Benchmark Email | g | https://developer.benchmarkemail.com/ | |
Constant Contact | g | https://developer.constantcontact.com/ | | constantcontact
Vero | g | https://developers.getvero.com/ | c |
Userlist | g | https://userlist.com/docs/ | |
Ortto | g | https://help.ortto.com/developer/latest/ | |
Flodesk | g | https://developers.flodesk.com/ | |
Beehiiv | g | https://developers.beehiiv.com/ | |
Buttondown | g | https://docs.buttondown.com/api-introduction | |
Loops.so | g | https://loops.so/docs/api-reference | | loopsso
Postal | g | https://docs.postalserver.io/ | c |
Twilio | hex:32 | https://www.twilio.com/docs/iam/api-keys | |
Nexmo | b62:16/hex:32 | https://developer.vonage.com/en/getting-started/concepts/authentication | |
Vonage | b62:16/hex:32 | https://developer.vonage.com/en/getting-started/concepts/authentication | |
Plivo | b62:40 | https://www.plivo.com/docs/ | |
Sinch | g | https://developers.sinch.com/docs/ | |
Telnyx | g | https://developers.telnyx.com/docs/ | |
Bandwidth | g | https://dev.bandwidth.com/docs/ | c |
MessageBird | b62:25 | https://developers.messagebird.com/api/ | |
ClickSend | g | https://developers.clicksend.com/docs/ | |
Textlocal | g | https://api.txtlocal.com/docs/ | |
MSG91 | g | https://docs.msg91.com/ | |
Kaleyra | g | https://developers.kaleyra.io/ | |
Infobip | g | https://www.infobip.com/docs/essentials/api-authentication | |
Clickatell | g | https://docs.clickatell.com/ | |
Esendex | g | https://developers.esendex.com/ | |
TextMagic | g | https://docs.textmagic.com/ | |
SignalWire | g | https://developer.signalwire.com/ | |
Africa's Talking | g | https://developers.africastalking.com/ | | africastalking
Termii | g | https://developers.termii.com/ | |
Gupshup | g | https://docs.gupshup.io/ | |
Routee | g | https://docs.routee.net/ | |
SMSAPI | g | https://www.smsapi.com/docs/ | |
BulkSMS | g | https://www.bulksms.com/developer/json/v1/ | |
46elks | g | https://46elks.com/docs | |
Aircall | g | https://developer.aircall.io/ | |
Dialpad | g | https://developers.dialpad.com/ | |
RingCentral | g | https://developers.ringcentral.com/ | |
CallRail | g | https://apidocs.callrail.com/ | |
Agora | hex:32 | https://docs.agora.io/en/ | |
Daily.co | g | https://docs.daily.co/reference/rest-api | | dailyco
OpenTok | g | https://tokbox.com/developer/ | | tokbox
Dolby.io | g | https://docs.dolby.io/ | | dolbyio
Zoom | g | https://developers.zoom.us/docs/ | c |
Whereby | g | https://docs.whereby.com/ | |
PubNub | g | https://www.pubnub.com/docs/ | |
Pusher | g/hex:20/!hex:20 | https://docs.bird.com/pusher/channels/channels/connecting/how-can-i-rotate-my-channels-app-keys | | pusher channels
GetStream | g | https://getstream.io/chat/docs/ | | getstream.io,stream chat
Sendbird | g | https://sendbird.com/docs/ | |
CometChat | g | https://www.cometchat.com/docs/ | |
OneSignal | g | https://documentation.onesignal.com/docs/keys-and-ids | |
Pushover | b62:30 | https://pushover.net/api | |
Pushbullet | g | https://docs.pushbullet.com/ | |
Pushy | g | https://pushy.me/docs | c |
Airship | g | https://docs.airship.com/ | c |
Braze | g | https://www.braze.com/docs/api/basics/ | |
Knock | g | https://docs.knock.app/ | c |
Novu | g | https://docs.novu.co/ | |
Courier | g | https://www.courier.com/docs/ | c |
MagicBell | g | https://www.magicbell.com/docs | |
SuprSend | g | https://docs.suprsend.com/ | |
Mattermost | g | https://developers.mattermost.com/ | |
Rocket.Chat | g | https://developer.rocket.chat/ | | rocketchat
Zulip | g | https://zulip.com/api/ | |
Gitter | g | https://developer.gitter.im/docs/ | |
Chatwork | g | https://developer.chatwork.com/ | |
Webex | g | https://developer.webex.com/docs/ | |
Viber | g | https://developers.viber.com/docs/ | |
WeChat | g | https://developers.weixin.qq.com/doc/ | | weixin
Intercom | g | https://developers.intercom.com/ | |
Crisp | g | https://docs.crisp.chat/ | c |
Tawk.to | g | https://developer.tawk.to/ | | tawkto
LiveChat | g | https://developers.livechat.com/ | |
Olark | g | https://www.olark.com/api | |
Freshdesk | b62:20 | https://developers.freshdesk.com/api/ | |
Freshchat | g | https://developers.freshchat.com/ | |
Freshservice | b62:20 | https://api.freshservice.com/ | |
Freshsales | g | https://developers.freshworks.com/crm/api/ | |
Help Scout | g | https://developer.helpscout.com/ | |
Kayako | g | https://developer.kayako.com/ | |
Gorgias | g | https://developers.gorgias.com/ | |
Gladly | g | https://developer.gladly.com/ | |
HappyFox | g | https://support.happyfox.com/kb/article/360-api-for-happyfox/ | |
Zoho Desk | g | https://desk.zoho.com/DeskAPIDocument | | zohodesk
Kustomer | g | https://developer.kustomer.com/ | |
Helpshift | g | https://developers.helpshift.com/ | |
UserVoice | g | https://developer.uservoice.com/ | |
Canny | g | https://developers.canny.io/ | c |
Productboard | g | https://developer.productboard.com/ | |
Pendo | g | https://engageapi.pendo.io/ | c |
Userpilot | g | https://docs.userpilot.com/ | |
Appcues | g | https://docs.appcues.com/ | |
HubSpot | g/uuid | https://developers.hubspot.com/docs/api/private-apps | |
Pipedrive | hex:40 | https://pipedrive.readme.io/docs/how-to-find-the-api-token | |
Zoho CRM | g | https://www.zoho.com/crm/developer/docs/ | | zohocrm
Close.com | g | https://developer.close.com/ | | closeio,close.io
Copper | g | https://developer.copper.com/ | c |
Insightly | g | https://api.insightly.com/v3.1/Help | |
Capsule CRM | g | https://developer.capsulecrm.com/ | | capsulecrm
Nutshell | g | https://developers.nutshell.com/ | c |
Agile CRM | g | https://github.com/agilecrm/rest-api | | agilecrm
SugarCRM | g | https://support.sugarcrm.com/documentation/sugar_developer/ | |
Keap | g | https://developer.keap.com/ | c |
Infusionsoft | g | https://developer.infusionsoft.com/ | |
Ontraport | g | https://api.ontraport.com/doc/ | |
Marketo | g | https://developers.marketo.com/rest-api/ | |
Pardot | g | https://developer.salesforce.com/docs/marketing/pardot/overview | |
Eloqua | g | https://docs.oracle.com/en/cloud/saas/marketing/eloqua-rest-api/ | |
Unbounce | g | https://developer.unbounce.com/ | |
Leadpages | g | https://leadpages.com/integrations | |
Instapage | g | https://help.instapage.com/ | |
Optimizely | g | https://docs.developers.optimizely.com/ | |
VWO | g | https://developers.vwo.com/ | |
Hotjar | g | https://help.hotjar.com/hc/en-us/articles/36820005914001 | |
FullStory | g/b64:40-100 | https://developer.fullstory.com/ | |
LogRocket | g | https://docs.logrocket.com/ | |
Mouseflow | g | https://api-docs.mouseflow.com/ | |
Crazy Egg | g | https://www.crazyegg.com/ | | crazyegg
Mixpanel | hex:32 | https://developer.mixpanel.com/reference/service-accounts | |
Amplitude | hex:32 | https://amplitude.com/docs/apis/authentication | |
Segment.io | g | https://segment.com/docs/connections/find-writekey/ | | segment write key,segment_write_key,segmentio
RudderStack | g | https://www.rudderstack.com/docs/api/ | |
mParticle | g | https://docs.mparticle.com/developers/ | |
PostHog | g | https://posthog.com/docs/api | |
Plausible | g | https://plausible.io/docs/stats-api | c |
Matomo | hex:32 | https://developer.matomo.org/api-reference/reporting-api | |
Countly | g | https://api.count.ly/ | |
Keen.io | g | https://keen.io/docs/api/ | | keenio
Kissmetrics | g | https://support.kissmetrics.io/ | |
Woopra | g | https://docs.woopra.com/ | |
ChartMogul | g | https://dev.chartmogul.com/ | |
Baremetrics | g | https://developers.baremetrics.com/ | |
ProfitWell | g | https://profitwellapiv2.docs.apiary.io/ | |
Clearbit | g | https://dashboard.clearbit.com/docs | |
FullContact | g | https://docs.fullcontact.com/ | |
ZoomInfo | g | https://api-docs.zoominfo.com/ | |
Lusha | g | https://www.lusha.com/docs/ | |
People Data Labs | hex:64 | https://docs.peopledatalabs.com/docs/authentication | | peopledatalabs,pdl api
Crunchbase | hex:32 | https://data.crunchbase.com/docs/using-the-api | |
BuiltWith | uuid/g | https://api.builtwith.com/ | |
SimilarWeb | hex:32 | https://developers.similarweb.com/ | |
SEMrush | hex:32 | https://developer.semrush.com/api/ | |
Ahrefs | g | https://docs.ahrefs.com/ | |
Moz | g | https://moz.com/api/docs | c |
SpyFu | g | https://developer.spyfu.com/ | |
SerpApi | hex:64 | https://serpapi.com/search-api | |
DataForSEO | g | https://docs.dataforseo.com/ | |
ScraperAPI | hex:32 | https://docs.scraperapi.com/ | |
ScrapingBee | upper:80/g | https://www.scrapingbee.com/documentation/ | |
Zyte | hex:32 | https://docs.zyte.com/ | |
Apify | g | https://docs.apify.com/platform/integrations/api | |
Bright Data | g | https://docs.brightdata.com/ | | brightdata
Oxylabs | g | https://developers.oxylabs.io/ | |
Diffbot | hex:32 | https://docs.diffbot.com/ | |
Browserless | g | https://docs.browserless.io/ | |
ScrapingAnt | hex:32 | https://docs.scrapingant.com/ | |
Crawlbase | g | https://crawlbase.com/docs/ | | proxycrawl
Calendly | g | https://developer.calendly.com/ | |
Eventbrite | upper:20/g | https://www.eventbrite.com/platform/api | |
Meetup | g | https://www.meetup.com/api/ | |
Yext | hex:32 | https://hitchhikers.yext.com/docs/ | c |
Birdeye | g | https://developers.birdeye.com/ | |
Podium | g | https://docs.podium.com/ | c |
Trustpilot | g | https://developers.trustpilot.com/ | |
Yotpo | g | https://apidocs.yotpo.com/ | |
Okendo | g | https://docs.okendo.io/ | |
Judge.me | g | https://judge.me/api/docs | | judgeme
Bazaarvoice | g | https://developers.bazaarvoice.com/ | |
Attentive | g | https://docs.attentivemobile.com/ | c |
Postscript | g | https://developers.postscript.io/ | c |
Zendesk Sell | g | https://developer.zendesk.com/api-reference/sales-crm/ | | zendesksell
Mailchimp | hex:32/b64url:35-38 | https://mailchimp.com/developer/marketing/guides/quick-start/ | |
Postmark | uuid | https://postmarkapp.com/developer/api/overview | |
Zendesk | b62:40 | https://developer.zendesk.com/api-reference/introduction/security-and-auth/ | |
Typeform | g | https://www.typeform.com/developers/get-started/personal-access-token/ | |
Ably | g | https://ably.com/docs/auth/basic | |
Bitly | hex:40 | https://dev.bitly.com/docs/getting-started/authentication/ | |
Segment | b62:32 | https://segment.com/docs/connections/find-writekey/ | c |
Heap | g | https://developers.heap.io/reference/ | c |
Awin | uuid | https://developer.awin.com/apidocs/introduction | |
Kochava | uuid/g | https://support.kochava.com/reference-information/api-keys/ | |
`;
