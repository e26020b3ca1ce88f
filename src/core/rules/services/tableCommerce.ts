// Services whose keys carry no prefix: payments, finance and crypto, data and market APIs, maps and
// weather, media, security intelligence, documents and shipping. Row format: see tableMessaging.ts.
export const COMMERCE_SERVICES = `
Checkout.com | g | https://www.checkout.com/docs/developer-resources/api/api-keys | | checkoutcom
Adyen | g | https://docs.adyen.com/development-resources/webhooks/verify-hmac-signatures/ | |
Mollie | g | https://docs.mollie.com/docs/authentication | |
Paddle | g | https://developer.paddle.com/api-reference/about/authentication | c |
Chargebee | g | https://apidocs.chargebee.com/docs/api/auth | |
Recurly | hex:32 | https://recurly.com/developers/api/ | |
Chargify | b62:20-44 | https://developers.chargify.com/docs/api-docs/ | |
Zuora | g | https://developer.zuora.com/ | |
GoCardless | g | https://developer.gocardless.com/getting-started/api/making-your-first-request/ | |
Paytm | g | https://developer.paytm.com/docs/ | |
PayU | g | https://developers.payu.com/ | |
Instamojo | hex:32 | https://docs.instamojo.com/ | |
Cashfree | g | https://docs.cashfree.com/ | |
CCAvenue | g | https://www.ccavenue.com/ | |
Midtrans | g | https://docs.midtrans.com/ | |
Xendit | g | https://developers.xendit.co/api-reference/ | |
Omise | g | https://docs.opn.ooo/ | c |
2Checkout | g | https://verifone.cloud/docs/2checkout/API-Integration | | 2co,verifone
Authorize.net | b62:16 | https://developer.authorize.net/api/reference/ | | authorizenet,authnet,transaction key
WePay | g | https://developer.wepay.com/ | |
Dwolla | g | https://developers.dwolla.com/ | |
Yodlee | g | https://developer.yodlee.com/ | |
Finicity | hex:32 | https://developer.mastercard.com/open-banking-us/documentation/ | |
TrueLayer | g | https://docs.truelayer.com/ | |
Tink | g | https://docs.tink.com/ | c |
Yapily | g | https://docs.yapily.com/ | |
TransferWise | uuid | https://docs.wise.com/api-docs/features/authentication-access/personal-tokens | | wise api,wise token
Revolut | g | https://developer.revolut.com/docs/ | |
Payoneer | g | https://developer.payoneer.com/ | |
Skrill | g | https://www.skrill.com/en/merchants/api-integration/ | |
Binance | b62:64 | https://developers.binance.com/docs/binance-spot-api-docs | |
Kraken | b64:56-88 | https://docs.kraken.com/api/docs/guides/spot-rest-auth | c |
Bitfinex | b62:43 | https://docs.bitfinex.com/docs/rest-auth | |
Bitstamp | b62:32 | https://www.bitstamp.net/api/ | |
KuCoin | hex:24/uuid | https://www.kucoin.com/docs/basic-info/connection-method/authentication/creating-a-request | |
OKX | uuid/upper:32 | https://www.okx.com/docs-v5/en/ | | okex
Bybit | b62:18-36 | https://bybit-exchange.github.io/docs/v5/guide | |
Huobi | g | https://huobiapi.github.io/docs/spot/v1/en/ | | htx
Gate.io | hex:32/hex:64 | https://www.gate.io/docs/developers/apiv4/ | | gateio
Bittrex | hex:32 | https://bittrex.github.io/api/v3 | |
Poloniex | g | https://api-docs.poloniex.com/ | |
BitMEX | b64url:24-48 | https://www.bitmex.com/app/apiKeysUsage | |
Deribit | g | https://docs.deribit.com/ | |
Coinbase Commerce | uuid | https://docs.cloud.coinbase.com/commerce/docs | | coinbasecommerce
BitPay | g | https://bitpay.com/api/ | |
CoinPayments | hex:64 | https://www.coinpayments.net/apidoc | |
NOWPayments | g | https://documenter.getpostman.com/view/7907941/S1a32n38 | | nowpayments
BlockCypher | hex:32 | https://www.blockcypher.com/dev/ | |
Infura | hex:32 | https://docs.metamask.io/services/get-started/infura/ | |
QuickNode | hex:40/g | https://www.quicknode.com/docs/ | |
Moralis | b62:64-200 | https://docs.moralis.io/ | |
Alchemy | b64url:32 | https://docs.alchemy.com/reference/api-overview | c |
Etherscan | upper:34 | https://docs.etherscan.io/getting-started/viewing-api-usage-statistics | |
BscScan | upper:34 | https://docs.bscscan.com/ | |
Polygonscan | upper:34 | https://docs.polygonscan.com/ | |
Covalent | g | https://www.covalenthq.com/docs/api/ | c |
CoinGecko | g | https://docs.coingecko.com/reference/authentication | |
CoinMarketCap | uuid | https://coinmarketcap.com/api/documentation/v1/ | |
CryptoCompare | hex:64 | https://min-api.cryptocompare.com/documentation | |
Messari | g | https://messari.io/api/docs | |
Glassnode | g | https://docs.glassnode.com/basic-api/api-key | |
Alpha Vantage | upper:16 | https://www.alphavantage.co/documentation/ | | alphavantage
IEX Cloud | g | https://iexcloud.io/docs/ | | iexcloud
Polygon.io | b62:32 | https://polygon.io/docs/stocks/getting-started | | polygonio,polygon api
Finnhub | lower:20 | https://finnhub.io/docs/api/authentication | |
Tiingo | hex:40 | https://www.tiingo.com/documentation/general/overview | |
Quandl | b62:20 | https://docs.data.nasdaq.com/docs/getting-started | | nasdaq data link
Twelve Data | hex:32 | https://twelvedata.com/docs#authentication | | twelvedata
Marketstack | hex:32 | https://marketstack.com/documentation | |
EOD Historical Data | g | https://eodhd.com/financial-apis/ | | eodhd
Financial Modeling Prep | b62:32 | https://site.financialmodelingprep.com/developer/docs | | fmp api
Intrinio | g | https://docs.intrinio.com/ | |
Barchart | hex:32 | https://www.barchart.com/ondemand/api | |
Tradier | b62:28 | https://documentation.tradier.com/brokerage-api | |
Alpaca | upper:20/b62:40 | https://docs.alpaca.markets/docs/authentication | c |
OANDA | hex:32-65 | https://developer.oanda.com/rest-live-v20/introduction/ | |
Open Exchange Rates | hex:32 | https://docs.openexchangerates.org/reference/authentication | | openexchangerates
Fixer.io | hex:32 | https://fixer.io/documentation | | fixerio,fixer api
Currencylayer | hex:32 | https://currencylayer.com/documentation | |
ExchangeRate-API | hex:24 | https://www.exchangerate-api.com/docs/authentication | | exchangerate api
Abstract API | hex:32 | https://docs.abstractapi.com/ | | abstractapi
Numverify | hex:32 | https://numverify.com/documentation | |
ipstack | hex:32 | https://ipstack.com/documentation | |
IPinfo | hex:14 | https://ipinfo.io/developers | |
IPGeolocation | hex:32 | https://ipgeolocation.io/documentation.html | |
IP2Location | upper:32 | https://www.ip2location.io/ip2location-documentation | |
MaxMind | b62:16-40 | https://dev.maxmind.com/geoip/docs/web-services | |
Neutrino API | b62:48 | https://www.neutrinoapi.com/api/api-basics/ | | neutrinoapi
Avalara | g | https://developer.avalara.com/avatax/authentication-in-avatax/ | | avatax
TaxJar | hex:32 | https://developers.taxjar.com/api/reference/#authentication | |
Quaderno | g | https://developers.quaderno.io/ | |
Xero | g | https://developer.xero.com/documentation/guides/oauth2/overview | |
QuickBooks | g | https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization | | intuit
FreshBooks | g | https://www.freshbooks.com/api/authentication | |
Wave Financial | g | https://developer.waveapps.com/hc/en-us | | waveapps
Zoho Books | g | https://www.zoho.com/books/api/v3/ | | zohobooks
NetSuite | hex:64 | https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_4247337262.html | |
Bill.com | g | https://developer.bill.com/docs | | billcom
Expensify | g | https://integrations.expensify.com/Integration-Server/doc/ | |
Brex | g | https://developer.brex.com/docs/authentication/ | |
Ramp | g | https://docs.ramp.com/developer-api/v1/authorization | c |
Gusto | g | https://docs.gusto.com/app-integrations/docs/authentication | c |
Rippling | g | https://developer.rippling.com/ | |
BambooHR | hex:40 | https://documentation.bamboohr.com/docs/getting-started | |
Workday | g | https://doc.workday.com/ | |
Personio | g | https://developer.personio.de/docs/getting-started-with-the-personio-api | |
HiBob | g | https://apidocs.hibob.com/ | |
Deel | g | https://developer.deel.com/docs/ | |
Greenhouse | b62:32-40 | https://developers.greenhouse.io/harvest.html#authentication | |
Lever | g | https://hire.lever.co/developer/documentation | c |
Workable | hex:64 | https://workable.readme.io/reference/generate-an-access-token | |
SmartRecruiters | g | https://developers.smartrecruiters.com/ | |
JazzHR | g | https://www.resumatorapi.com/v1/ | |
Ashby | g | https://developers.ashbyhq.com/ | |
Recruitee | g | https://docs.recruitee.com/ | |
Teamtailor | g | https://docs.teamtailor.com/ | |
Checkr | hex:40 | https://docs.checkr.com/ | c |
Asana | g | https://developers.asana.com/docs/personal-access-token | |
Trello | hex:32/b64url:64-80 | https://developer.atlassian.com/cloud/trello/guides/rest-api/authorization/ | |
Monday.com | b64url:100-300/g | https://developer.monday.com/api-reference/docs/authentication | | monday api,monday token,mondaycom
ClickUp | g | https://clickup.com/api/developer-portal/authentication/ | |
Wrike | g | https://developers.wrike.com/oauth-20-authorization/ | |
Basecamp | g | https://github.com/basecamp/bc3-api | |
Teamwork | b62:20-64/b64url:20-64 | https://apidocs.teamwork.com/guides/teamwork/authentication | c |
Smartsheet | b62:26-37 | https://developers.smartsheet.com/api/smartsheet/guides/basics/authentication | |
Coda | uuid | https://coda.io/developers/apis/v1 | c |
Todoist | hex:40 | https://developer.todoist.com/rest/v2/#authorization | |
Shortcut | uuid | https://developer.shortcut.com/api/rest/v3 | c | clubhouse
Pivotal Tracker | hex:32 | https://www.pivotaltracker.com/help/api/rest/v5 | | pivotaltracker
YouTrack | g | https://www.jetbrains.com/help/youtrack/devportal/authentication-with-permanent-token.html | |
Targetprocess | g | https://dev.targetprocess.com/docs/authentication | |
Taiga | g | https://docs.taiga.io/api.html | |
Redmine | hex:40 | https://www.redmine.org/projects/redmine/wiki/Rest_api | |
Zenhub | g | https://developers.zenhub.com/ | |
Nuclino | g | https://help.nuclino.com/d3a29686-api | |
Miro | g | https://developers.miro.com/docs/rest-api-build-your-first-hello-world-app | |
Lucidchart | g | https://developer.lucid.co/ | | lucid api
Zeplin | g | https://docs.zeplin.dev/docs/personal-access-tokens | |
Canva | g | https://www.canva.dev/docs/connect/authentication/ | |
Loom | g | https://dev.loom.com/ | c |
Cal.com | g | https://cal.com/docs/api-reference/v2/introduction | | calcom
Acuity Scheduling | g | https://developers.acuityscheduling.com/reference/quick-start | | acuity
Jotform | hex:32 | https://api.jotform.com/docs/ | |
SurveyMonkey | g | https://developer.surveymonkey.com/api/v3/ | |
Tally.so | g | https://developers.tally.so/ | | tallyso
Formstack | hex:32 | https://developers.formstack.com/ | |
Wufoo | upper:19 | https://wufoo.github.io/docs/ | |
Qualtrics | b62:40 | https://api.qualtrics.com/ | |
Alchemer | g | https://apihelp.alchemer.com/help | | surveygizmo
Formspree | g | https://help.formspree.io/ | |
Getform | g | https://getform.io/ | c |
Paperform | g | https://paperform.co/help/ | |
Toggl | hex:32 | https://engineering.toggl.com/docs/authentication | c |
Harvest | g | https://help.getharvest.com/api-v2/authentication-api/authentication/authentication/ | c |
Clockify | b62:48 | https://docs.clockify.me/ | |
Everhour | g | https://everhour.docs.apiary.io/ | |
RescueTime | g | https://www.rescuetime.com/apidoc | |
Hubstaff | g | https://developer.hubstaff.com/ | |
Tempo | g | https://apidocs.tempo.io/ | c |
TomTom | b62:32 | https://developer.tomtom.com/user-management/documentation/api-keys | |
MapQuest | b62:32 | https://developer.mapquest.com/documentation/ | |
OpenCage | hex:32 | https://opencagedata.com/api#authentication | |
Geoapify | hex:32 | https://apidocs.geoapify.com/docs/getting-started/ | |
LocationIQ | g | https://docs.locationiq.com/docs/authentication | |
Positionstack | hex:32 | https://positionstack.com/documentation | |
Radar.io | g | https://radar.com/documentation/api | | radario,radar api
MapTiler | b62:20 | https://docs.maptiler.com/cloud/api/authentication-key/ | |
Stadia Maps | uuid | https://docs.stadiamaps.com/authentication/ | | stadiamaps
Thunderforest | hex:32 | https://www.thunderforest.com/docs/apikeys/ | |
ArcGIS | b64url:40-300 | https://developers.arcgis.com/documentation/security-and-authentication/api-key-authentication/ | | esri
OpenWeatherMap | hex:32 | https://openweathermap.org/appid | | openweather,owm api
WeatherAPI | hex:31 | https://www.weatherapi.com/docs/ | | weatherapi.com
Weatherstack | hex:32 | https://weatherstack.com/documentation | |
Tomorrow.io | b62:32 | https://docs.tomorrow.io/reference/api-authentication | | tomorrowio,climacell
AccuWeather | b62:32 | https://developer.accuweather.com/getting-started | |
Weatherbit | hex:32 | https://www.weatherbit.io/api | |
Visual Crossing | upper:25 | https://www.visualcrossing.com/resources/documentation/weather-api/ | | visualcrossing
Meteomatics | g | https://www.meteomatics.com/en/api/getting-started/ | |
Dark Sky | hex:32 | https://darksky.net/dev | | darksky
AerisWeather | b62:20-40 | https://www.aerisweather.com/support/docs/api/ | | xweather
Storm Glass | g | https://docs.stormglass.io/ | | stormglass
Ambee | hex:64 | https://docs.ambeedata.com/ | |
IQAir | uuid | https://api-docs.iqair.com/ | | airvisual
NewsAPI | hex:32 | https://newsapi.org/docs/authentication | | news api
GNews | hex:32 | https://gnews.io/docs/v4 | |
Currents API | g | https://currentsapi.services/en/docs/ | | currentsapi
Mediastack | hex:32 | https://mediastack.com/documentation | |
New York Times | b62:32 | https://developer.nytimes.com/get-started | | nytimes,nyt api
The Guardian | uuid | https://open-platform.theguardian.com/access/ | | guardian api,guardianapis
Spotify | hex:32 | https://developer.spotify.com/documentation/web-api/concepts/apps | |
SoundCloud | b62:32 | https://developers.soundcloud.com/docs/api/guide | |
Last.fm | hex:32 | https://www.last.fm/api/authentication | | lastfm,audioscrobbler
Genius | b64url:64 | https://docs.genius.com/ | c |
Musixmatch | hex:32 | https://developer.musixmatch.com/documentation | |
Discogs | b62:40 | https://www.discogs.com/developers | |
TMDb | hex:32 | https://developer.themoviedb.org/docs/authentication-application | | themoviedb
TheTVDB | uuid | https://thetvdb.github.io/v4-api/ | | tvdb
Trakt | hex:64 | https://trakt.docs.apiary.io/ | |
Giphy | b62:32 | https://developers.giphy.com/docs/api/ | |
Tenor | g | https://developers.google.com/tenor/guides/quickstart | c |
Unsplash | b64url:43 | https://unsplash.com/documentation#authorization | |
Pexels | b62:56 | https://www.pexels.com/api/documentation/ | |
Pixabay | g | https://pixabay.com/api/docs/ | |
Flickr | hex:32 | https://www.flickr.com/services/api/misc.api_keys.html | |
Imgur | hex:15/hex:40 | https://apidocs.imgur.com/ | |
Dailymotion | g | https://developers.dailymotion.com/ | |
Reddit | b64url:22-30 | https://github.com/reddit-archive/reddit/wiki/OAuth2 | |
Tumblr | b62:50 | https://www.tumblr.com/docs/en/api/v2 | |
Pinterest | g | https://developers.pinterest.com/docs/getting-started/authentication-and-scopes/ | |
Mastodon | b64url:43 | https://docs.joinmastodon.org/client/token/ | |
Dev.to | b62:24 | https://developers.forem.com/api | | devto,forem
Hashnode | uuid | https://apidocs.hashnode.com/ | |
Product Hunt | g | https://api.producthunt.com/v2/docs | | producthunt
Stack Exchange | g | https://api.stackexchange.com/docs/authentication | | stackexchange,stackoverflow api
Yelp | b64url:128 | https://docs.developer.yelp.com/docs/fusion-authentication | |
Foursquare | upper:48/b62:48 | https://docs.foursquare.com/developer/reference/authentication | |
Tripadvisor | uuid/upper:32 | https://tripadvisor-content-api.readme.io/reference/overview | |
Amadeus | b62:32 | https://developers.amadeus.com/self-service/apis-docs/guides/developer-guides/API-Keys/authorization/ | |
Skyscanner | g | https://developers.skyscanner.net/docs/getting-started/authentication | |
AviationStack | hex:32 | https://aviationstack.com/documentation | |
FlightAware | b62:32 | https://www.flightaware.com/aeroapi/portal/documentation | |
Strava | hex:40 | https://developers.strava.com/docs/authentication/ | |
Fitbit | g | https://dev.fitbit.com/build/reference/web-api/developer-guide/authorization/ | |
Withings | hex:64 | https://developer.withings.com/developer-guide/ | |
Oura | upper:32 | https://cloud.ouraring.com/docs/authentication | | ouraring
Polar AccessLink | uuid/hex:32 | https://www.polar.com/accesslink-api/ | | accesslink
WHOOP | g | https://developer.whoop.com/docs/developing/oauth | c |
Concept2 | b62:40 | https://log.concept2.com/developers/documentation/ | | c2 logbook
Mindbody | hex:32 | https://developers.mindbodyonline.com/PublicDocumentation/V6 | | mindbody online
ABC Fitness | hex:32 | https://abcfinancial.3scale.net/ | | abc financial,abc
Zen Planner | g | https://www.zenplanner.com/ | | zenplanner
Glofox | g | https://apiglofox.docs.apiary.io/ | |
ClubReady | uuid | https://www.clubready.com/api/ | |
Sportradar | b62:24-40 | https://developer.sportradar.com/getting-started/docs/get-started | |
API-Football | hex:32 | https://www.api-football.com/documentation-v3 | | api-sports,apisports,api football
The Odds API | hex:32 | https://the-odds-api.com/liveapi/guides/v4/ | | the-odds-api,theoddsapi,odds api
TeamSnap | hex:64 | https://www.teamsnap.com/documentation/apiv3 | |
SportsEngine | g | https://dev.sportsengine.com/ | |
Ticketmaster | b62:32 | https://developer.ticketmaster.com/products-and-docs/apis/getting-started/ | |
Nutritionix | hex:32 | https://docx.syndigo.com/developers/docs/nutritionix-api-guide | |
Edamam | hex:32 | https://developer.edamam.com/ | |
Spoonacular | hex:32 | https://spoonacular.com/food-api/docs#Authentication | |
NASA API | b62:40 | https://api.nasa.gov/ | | nasa_api_key,api.nasa.gov
Wordnik | lower:40-50 | https://developer.wordnik.com/ | |
Merriam-Webster | uuid | https://dictionaryapi.com/ | | dictionaryapi
SerpStack | hex:32 | https://serpstack.com/documentation | |
Zenserp | uuid | https://app.zenserp.com/documentation | |
ValueSERP | upper:32 | https://docs.trajectdata.com/valueserp | |
Brave Search | b64url:31 | https://api-dashboard.search.brave.com/app/documentation | | brave api,bravesearch
Exa.ai | uuid | https://docs.exa.ai/reference/getting-started | | exa api,exa_api_key
DocuSign | uuid/g | https://developers.docusign.com/platform/auth/ | |
HelloSign | hex:64 | https://developers.hellosign.com/api/reference/authentication/ | | dropbox sign
PandaDoc | hex:40 | https://developers.pandadoc.com/reference/api-key-authentication-process | |
SignNow | g | https://docs.signnow.com/ | |
PDFMonkey | g | https://docs.pdfmonkey.io/ | |
DocRaptor | b62:20 | https://docraptor.com/documentation/api | |
PDFShift | g | https://docs.pdfshift.io/ | |
CloudConvert | g/b64url:100-1200 | https://cloudconvert.com/api/v2#authentication | |
ConvertAPI | b62:16 | https://www.convertapi.com/doc/authentication | |
Zamzar | hex:40 | https://developers.zamzar.com/docs | |
Aspose | g | https://docs.aspose.cloud/ | |
PDF.co | g | https://docs.pdf.co/ | | pdfco
Nanonets | g | https://nanonets.com/documentation/ | |
Mindee | hex:32 | https://developers.mindee.com/docs/create-api-key | |
Veryfi | g | https://docs.veryfi.com/ | c |
Rossum | g | https://elis.rossum.ai/api/docs/ | |
Docparser | hex:40 | https://docparser.com/api/ | |
Parseur | g | https://help.parseur.com/en/articles/3586887-parseur-api | |
Affinda | g | https://docs.affinda.com/ | |
OCR.space | b62:15 | https://ocr.space/OCRAPI | | ocrspace
Box | b62:32/g | https://developer.box.com/guides/authentication/tokens/developer-tokens/ | c | box.com
Egnyte | g | https://developers.egnyte.com/docs | |
pCloud | g | https://docs.pcloud.com/ | |
Storj | g | https://docs.storj.io/ | |
Filebase | g | https://docs.filebase.com/ | |
Pinata | g/b64url:100-600 | https://docs.pinata.cloud/account-management/api-keys | c |
Web3.Storage | g/b64url:100-400 | https://web3.storage/docs/ | | web3storage
Onfido | g | https://documentation.onfido.com/api/latest/#authentication | |
Jumio | g | https://docs.jumio.com/ | |
Veriff | uuid | https://devdocs.veriff.com/docs/api-keys | |
Sumsub | g | https://docs.sumsub.com/reference/authentication | |
Trulioo | g | https://developer.trulioo.com/ | |
Socure | g | https://developer.socure.com/ | |
Sift Science | hex:16-32 | https://developers.sift.com/docs/curl/apis-overview/core-topics/authentication | | siftscience
SEON | g | https://docs.seon.io/api-reference | c |
IPQualityScore | b62:32 | https://www.ipqualityscore.com/documentation/overview | | ipqs
Shodan | b62:32 | https://developer.shodan.io/api/requirements | |
Censys | g | https://docs.censys.com/ | |
VirusTotal | hex:64 | https://docs.virustotal.com/reference/authentication | | virus total
urlscan.io | uuid | https://urlscan.io/docs/api/ | | urlscan
AbuseIPDB | hex:80 | https://docs.abuseipdb.com/#introduction | |
GreyNoise | b62:64 | https://docs.greynoise.io/ | |
SecurityTrails | b62:32 | https://docs.securitytrails.com/docs/authentication | |
Have I Been Pwned | hex:32 | https://haveibeenpwned.com/API/v3#Authorisation | | haveibeenpwned,hibp
BinaryEdge | uuid | https://docs.binaryedge.io/api-v2/ | |
ZoomEye | g | https://www.zoomeye.ai/doc | |
AlienVault OTX | hex:64 | https://otx.alienvault.com/api | | alienvault,otx api,otxv2
Recorded Future | hex:32 | https://support.recordedfuture.com/ | | recordedfuture
Intezer | uuid | https://analyze.intezer.com/api-docs.html | |
Hybrid Analysis | b62:64 | https://www.hybrid-analysis.com/docs/api/v2 | | hybridanalysis
Pulsedive | hex:64 | https://pulsedive.com/api/ | |
Cloudmersive | uuid | https://api.cloudmersive.com/docs/ | |
reCAPTCHA | b64url:40 | https://developers.google.com/recaptcha/docs/verify | | recaptcha secret
hCaptcha | g | https://docs.hcaptcha.com/ | |
ShipStation | hex:32 | https://www.shipstation.com/docs/api/requirements/ | |
ShipBob | g | https://developer.shipbob.com/auth | |
Sendcloud | g | https://api.sendcloud.dev/docs/sendcloud-public-api/getting-started | |
ShipEngine | g | https://www.shipengine.com/docs/auth/ | |
Easyship | g | https://developers.easyship.com/ | |
Onfleet | hex:32 | https://docs.onfleet.com/reference/authentication | |
Route4Me | hex:32 | https://support.route4me.com/route4me-api/ | |
PostGrid | g | https://docs.postgrid.com/ | |
Stannp | hex:32 | https://www.stannp.com/us/direct-mail-api/guide | |
AfterShip | g | https://www.aftership.com/docs/tracking/quickstart/authentication | |
17TRACK | upper:32 | https://api.17track.net/en/doc | | 17track
TrackingMore | g | https://www.trackingmore.com/docs/trackingmore/ | |
Veeqo | g | https://developers.veeqo.com/ | |
Cin7 | g | https://dearinventory.docs.apiary.io/ | |
Printful | g | https://developers.printful.com/docs/ | |
Printify | g/b64url:200-1200 | https://developers.printify.com/ | |
Gelato | g | https://dashboard.gelato.com/docs/ | c |
ReCharge | g | https://developer.rechargepayments.com/ | | rechargepayments
Plaid | hex:30 | https://plaid.com/docs/api/#api-access | |
Paystack | g | https://paystack.com/docs/api/authentication/ | |
Razorpay | g | https://razorpay.com/docs/api/authentication/ | |
Shippo | g | https://docs.goshippo.com/docs/guides_general/authentication/ | |
EasyPost | g | https://docs.easypost.com/docs/authentication | |
`;
