import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * hobby-projects positives, bots and small API clients: Discord bots (discord.py, discord.js,
 * config.json), Telegram bots (pyTelegramBotAPI, python-telegram-bot, Telegraf), Reddit bots (PRAW
 * keyword arguments and praw.ini), Twitter/X bots (tweepy), Spotify apps (spotipy), Twitch chat
 * bots (tmi.js, twitchio), game and weather APIs (Steam, Riot, OpenWeather, NewsAPI, Google Maps)
 * and crypto trading bots (python-binance, ccxt, Kraken). Values generated at run time.
 */
export const botPositives: readonly Template[] = [
  template('discord-py-run', (g) => {
    const t = v.discordToken(g);
    return {
      path: g.pick(['bot.py', 'main.py', 'discord_bot/bot.py']),
      lines: [
        'import discord',
        'from discord.ext import commands',
        '',
        'intents = discord.Intents.default()',
        'intents.message_content = True',
        "bot = commands.Bot(command_prefix='!', intents=intents)",
        '',
        '@bot.command()',
        'async def ping(ctx):',
        "    await ctx.send('pong!')",
        '',
        sec(`bot.run('${t}')`, t),
      ],
    };
  }),
  template('discord-py-const', (g) => {
    const t = v.discordToken(g);
    return {
      path: 'bot.py',
      lines: [
        'import discord',
        'import random',
        '',
        sec(`TOKEN = "${t}"`, t),
        `GUILD_ID = ${v.snowflake(g)}`,
        '',
        'client = discord.Client(intents=discord.Intents.all())',
        '',
        '@client.event',
        'async def on_message(message):',
        '    if message.author == client.user:',
        '        return',
        "    if message.content.startswith('$roll'):",
        '        await message.channel.send(str(random.randint(1, 6)))',
        '',
        'client.run(TOKEN)',
      ],
    };
  }),
  template('discord-js-login', (g) => {
    const t = v.discordToken(g);
    return {
      path: g.pick(['index.js', 'bot.js', 'src/index.js']),
      lines: [
        "const { Client, GatewayIntentBits } = require('discord.js');",
        'const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] });',
        '',
        "client.on('ready', () => {",
        '  console.log(`Logged in as ${client.user.tag}!`);',
        '});',
        '',
        "client.on('messageCreate', msg => {",
        "  if (msg.content === 'hi') msg.reply('hello!!');",
        '});',
        '',
        sec(`client.login("${t}");`, t),
      ],
    };
  }),
  template('discord-config-json', (g) => {
    const t = v.discordToken(g);
    return {
      path: 'config.json',
      lines: [
        '{',
        sec(`  "token": "${t}",`, t),
        `  "clientId": "${v.snowflake(g)}",`,
        `  "guildId": "${v.snowflake(g)}",`,
        '  "prefix": "!"',
        '}',
      ],
    };
  }),
  template('telegram-telebot', (g) => {
    const t = v.telegramToken(g);
    return {
      path: g.pick(['bot.py', 'main.py', 'telegram_bot.py']),
      lines: [
        'import telebot',
        '',
        sec(`bot = telebot.TeleBot('${t}')`, t),
        '',
        "@bot.message_handler(commands=['start', 'help'])",
        'def send_welcome(message):',
        '    bot.reply_to(message, "Hi! send me a city name and I tell you the weather")',
        '',
        'bot.infinity_polling()',
      ],
    };
  }),
  template('telegram-ptb-updater', (g) => {
    const t = v.telegramToken(g);
    return {
      path: 'bot.py',
      lines: [
        'from telegram.ext import Updater, CommandHandler',
        '',
        'def start(update, context):',
        "    update.message.reply_text('Hello ' + update.effective_user.first_name)",
        '',
        'def main():',
        sec(`    updater = Updater(token="${t}", use_context=True)`, t),
        '    dp = updater.dispatcher',
        "    dp.add_handler(CommandHandler('start', start))",
        '    updater.start_polling()',
        '    updater.idle()',
      ],
    };
  }),
  template('telegram-telegraf', (g) => {
    const t = v.telegramToken(g);
    return {
      path: 'index.js',
      lines: [
        "const { Telegraf } = require('telegraf')",
        '',
        sec(`const bot = new Telegraf('${t}')`, t),
        "bot.start((ctx) => ctx.reply('Welcome'))",
        "bot.hears('hi', (ctx) => ctx.reply('Hey there'))",
        'bot.launch()',
      ],
    };
  }),
  template('reddit-praw-kwargs', (g) => {
    const secret = v.redditSecret(g);
    const pw = v.weakPass(g);
    return {
      path: g.pick(['reddit_bot.py', 'bot.py', 'scraper.py']),
      lines: [
        'import praw',
        '',
        'reddit = praw.Reddit(',
        `    client_id="${v.redditId(g)}",`,
        sec(`    client_secret="${secret}",`, secret),
        `    user_agent="${v.botName(g)} v0.1 by u/${v.name(g)}",`,
        `    username="${v.name(g)}_bot",`,
        sec(`    password="${pw}",`, pw),
        ')',
        '',
        "for comment in reddit.subreddit('learnpython').stream.comments():",
        "    if '!remindme' in comment.body:",
        "        comment.reply('ok I will remind you')",
      ],
    };
  }),
  template('reddit-praw-ini', (g) => {
    const secret = v.redditSecret(g);
    const pw = v.weakPass(g);
    return {
      path: 'praw.ini',
      lines: [
        '[bot1]',
        `client_id=${v.redditId(g)}`,
        sec(`client_secret=${secret}`, secret),
        sec(`password=${pw}`, pw),
        `username=${v.name(g)}bot`,
        `user_agent=${v.botName(g)} 1.0`,
      ],
    };
  }),
  template('tweepy-oauth', (g) => {
    const ck = v.twitterConsumerKey(g);
    const cs = v.twitterConsumerSecret(g);
    const at = v.twitterAccessToken(g);
    const as = v.twitterAccessSecret(g);
    return {
      path: g.pick(['twitter_bot.py', 'tweet.py', 'bot.py']),
      lines: [
        'import tweepy',
        '',
        sec(`consumer_key = "${ck}"`, ck),
        sec(`consumer_secret = "${cs}"`, cs),
        sec(`access_token = "${at}"`, at),
        sec(`access_token_secret = "${as}"`, as),
        '',
        'auth = tweepy.OAuthHandler(consumer_key, consumer_secret)',
        'auth.set_access_token(access_token, access_token_secret)',
        'api = tweepy.API(auth)',
        'api.update_status("Good morning world! #100DaysOfCode")',
      ],
    };
  }),
  template('tweepy-client-inline', (g) => {
    const b = v.twitterBearer(g);
    const ck = v.twitterConsumerKey(g);
    const cs = v.twitterConsumerSecret(g);
    return {
      path: 'main.py',
      lines: [
        'import tweepy',
        'client = tweepy.Client(',
        sec(`    bearer_token='${b}',`, b),
        sec(`    consumer_key='${ck}',`, ck),
        sec(`    consumer_secret='${cs}',`, cs),
        ')',
        "client.create_tweet(text='hello from my raspberry pi')",
      ],
    };
  }),
  template('spotipy-credentials', (g) => {
    const s = v.spotifyHex(g);
    return {
      path: g.pick(['spotify.py', 'playlist.py', 'app.py']),
      lines: [
        'import spotipy',
        'from spotipy.oauth2 import SpotifyClientCredentials',
        '',
        `CLIENT_ID = "${v.spotifyHex(g)}"`,
        sec(`CLIENT_SECRET = "${s}"`, s),
        '',
        'sp = spotipy.Spotify(auth_manager=SpotifyClientCredentials(client_id=CLIENT_ID, client_secret=CLIENT_SECRET))',
        "results = sp.search(q='artist:radiohead', type='track', limit=10)",
      ],
    };
  }),
  template('spotify-js-auth', (g) => {
    const s = v.spotifyHex(g);
    return {
      path: 'server.js',
      lines: [
        "const SpotifyWebApi = require('spotify-web-api-node');",
        'const spotifyApi = new SpotifyWebApi({',
        `  clientId: '${v.spotifyHex(g)}',`,
        sec(`  clientSecret: '${s}',`, s),
        "  redirectUri: 'http://localhost:8888/callback'",
        '});',
      ],
    };
  }),
  template('twitch-tmi', (g) => {
    const t = v.twitchOauth(g);
    return {
      path: 'bot.js',
      lines: [
        "const tmi = require('tmi.js');",
        'const client = new tmi.Client({',
        '  identity: {',
        `    username: '${v.name(g)}_bot',`,
        sec(`    password: '${t}'`, t),
        '  },',
        `  channels: [ '${v.name(g)}plays' ]`,
        '});',
        'client.connect();',
      ],
    };
  }),
  template('twitchio-bot', (g) => {
    const t = v.twitchOauth(g);
    const s = v.twitchSecret(g);
    return {
      path: 'bot.py',
      lines: [
        'from twitchio.ext import commands',
        '',
        'class Bot(commands.Bot):',
        '    def __init__(self):',
        sec(`        super().__init__(token='${t}', prefix='!', initial_channels=['${v.name(g)}tv'])`, t),
        '',
        sec(`CLIENT_SECRET = '${s}'`, s),
        'bot = Bot()',
        'bot.run()',
      ],
    };
  }),
  template('steam-api', (g) => {
    const k = v.steamKey(g);
    return {
      path: g.pick(['steam.py', 'stats.py']),
      lines: [
        'import requests',
        '',
        sec(`STEAM_API_KEY = "${k}"`, k),
        `STEAM_ID = "7656119${g.fake.digits(10)}"`,
        '',
        'url = f"https://api.steampowered.com/IPlayerService/GetOwnedGames/v0001/?key={STEAM_API_KEY}&steamid={STEAM_ID}&format=json"',
        'games = requests.get(url).json()["response"]["games"]',
      ],
    };
  }),
  template('riot-api', (g) => {
    const k = v.riotKey(g);
    return {
      path: g.pick(['lol_stats.py', 'riot.js']),
      lines: [
        '# league stats thing, key expires every 24h remember to regenerate',
        sec(`api_key = '${k}'`, k),
        "region = 'euw1'",
        "summoner = 'xXSlayerXx'",
        'url = "https://" + region + ".api.riotgames.com/lol/summoner/v4/summoners/by-name/" + summoner + "?api_key=" + api_key',
      ],
    };
  }),
  // A bot's config.yml keeping its API keys in one block, each named only for its service.
  template('bot-config-api-keys-block', (g) => {
    const weather = v.hex32(g);
    const news = v.hex32(g);
    return {
      path: g.pick(['config.yml', 'config.yaml', 'settings.yml']),
      lines: [
        `name: ${v.botName(g)}`,
        'prefix: "!"',
        `${g.pick(['api_keys', 'apikeys', 'api-keys'])}:`,
        sec(`  weather: ${weather}`, weather),
        sec(`  news: ${news}`, news),
        'units: metric',
      ],
    };
  }),
  template('openweather-js', (g) => {
    const k = v.hex32(g);
    return {
      path: g.pick(['script.js', 'js/app.js', 'weather.js']),
      lines: [
        sec(`const apiKey = "${k}";`, k),
        'const city = document.querySelector(".search input");',
        '',
        'async function checkWeather(city) {',
        '  const response = await fetch(`https://api.openweathermap.org/data/2.5/weather?q=${city}&units=metric&appid=${apiKey}`);',
        '  var data = await response.json();',
        '  document.querySelector(".temp").innerHTML = Math.round(data.main.temp) + "&deg;c";',
        '}',
      ],
    };
  }),
  template('openweather-url-inline', (g) => {
    const k = v.hex32(g);
    const line = `url = "http://api.openweathermap.org/data/2.5/weather?q=London&appid=${k}"`;
    return {
      path: 'weather.py',
      lines: ['import requests', '', sec(line, k), 'r = requests.get(url)', "print(r.json()['main']['temp'] - 273.15)"],
    };
  }),
  template('newsapi', (g) => {
    const k = v.hex32(g);
    return {
      path: g.pick(['news.py', 'app.py']),
      lines: [
        'from newsapi import NewsApiClient',
        '',
        sec(`newsapi = NewsApiClient(api_key='${k}')`, k),
        "top = newsapi.get_top_headlines(country='us', category='technology')",
        "for a in top['articles']:",
        "    print(a['title'])",
      ],
    };
  }),
  template('google-maps-html', (g) => {
    const k = v.googleKey(g);
    return {
      path: g.pick(['index.html', 'map.html']),
      lines: [
        '<!DOCTYPE html>',
        '<html>',
        '<head><title>My Map</title></head>',
        '<body>',
        '  <div id="map" style="height:400px"></div>',
        sec(
          `  <script src="https://maps.googleapis.com/maps/api/js?key=${k}&callback=initMap" async defer></script>`,
          k,
        ),
        '</body>',
        '</html>',
      ],
    };
  }),
  template('binance-client', (g) => {
    const k = v.binanceKey(g);
    const s = v.binanceKey(g);
    return {
      path: g.pick(['trading_bot.py', 'bot.py', 'crypto/main.py']),
      lines: [
        'from binance.client import Client',
        '',
        sec(`api_key = '${k}'`, k),
        sec(`api_secret = '${s}'`, s),
        'client = Client(api_key, api_secret)',
        '',
        "price = client.get_symbol_ticker(symbol='BTCUSDT')",
        "if float(price['price']) < 30000:",
        "    client.order_market_buy(symbol='BTCUSDT', quantity=0.001)",
      ],
    };
  }),
  template('ccxt-exchange', (g) => {
    const k = v.binanceKey(g);
    const s = v.binanceKey(g);
    return {
      path: g.pick(['arb.py', 'bot.py']),
      lines: [
        'import ccxt',
        '',
        'exchange = ccxt.binance({',
        sec(`    'apiKey': '${k}',`, k),
        sec(`    'secret': '${s}',`, s),
        "    'enableRateLimit': True,",
        '})',
        "print(exchange.fetch_balance()['USDT'])",
      ],
    };
  }),
  template('kraken-js', (g) => {
    const k = v.krakenKey(g);
    const s = v.krakenSecret(g);
    return {
      path: 'kraken.js',
      lines: [
        "const KrakenClient = require('kraken-api');",
        sec(`const key = '${k}'; // API Key`, k),
        sec(`const secret = '${s}'; // API Private Key`, s),
        'const kraken = new KrakenClient(key, secret);',
        "(async () => { console.log(await kraken.api('Balance')); })();",
      ],
    };
  }),
];
