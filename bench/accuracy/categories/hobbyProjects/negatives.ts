import { type Template, template } from '../../draft';
import * as v from './values';

/**
 * hobby-projects hard negatives from the same repositories: tokens read from the environment,
 * dotenv, config files or prompts (os.getenv, process.env, input(), getpass), placeholders the
 * tutorials tell you to replace (YOUR_TOKEN_HERE, <token>, xxx), empty values, token variables
 * passed around, config templates, keys the providers publish as client-side (Supabase anon key,
 * Stripe publishable key), XAMPP's empty root password, and identifiers that are not secrets:
 * Discord snowflakes, Spotify track/playlist ids, YouTube video ids, Steam ids, wallet addresses,
 * commit hashes and file checksums. Generated at run time.
 */
export const hobbyNegatives: readonly Template[] = [
  template('discord-py-getenv', () => ({
    path: 'bot.py',
    lines: [
      'import os',
      'import discord',
      'from dotenv import load_dotenv',
      '',
      'load_dotenv()',
      "TOKEN = os.getenv('DISCORD_TOKEN')",
      'client = discord.Client(intents=discord.Intents.default())',
      'client.run(TOKEN)',
    ],
  })),
  // The same block done right: each key read from the environment or left for the user to fill.
  template('bot-config-api-keys-env', (g) => ({
    path: g.pick(['config.yml', 'config.example.yml']),
    lines: [
      `name: ${v.botName(g)}`,
      'api_keys:',
      '  weather: ${OPENWEATHER_API_KEY}',
      `  news: ${g.pick(['YOUR_NEWSAPI_KEY', '<your-newsapi-key>', '""'])}`,
      `  discord_channel: "${v.snowflake(g)}"`,
    ],
  })),
  template('discord-js-env', (g) => ({
    path: 'index.js',
    lines: [
      "require('dotenv').config();",
      "const { Client, GatewayIntentBits } = require('discord.js');",
      'const client = new Client({ intents: [GatewayIntentBits.Guilds] });',
      `const OWNER_ID = '${v.snowflake(g)}';`,
      `const LOG_CHANNEL = '${v.snowflake(g)}';`,
      'client.login(process.env.DISCORD_TOKEN);',
    ],
  })),
  template('discord-config-example', (g) => ({
    path: g.pick(['config.example.json', 'config.json.example', 'config.json']),
    lines: [
      '{',
      `  "token": "${g.pick(['YOUR_BOT_TOKEN_HERE', 'your-token-goes-here', '<token>', '', 'PUT_TOKEN_HERE'])}",`,
      `  "clientId": "${v.snowflake(g)}",`,
      `  "guildId": "${v.snowflake(g)}",`,
      '  "prefix": "?"',
      '}',
    ],
  })),
  template('discord-ids-config', (g) => ({
    path: 'config.py',
    lines: [
      `GUILD_ID = ${v.snowflake(g)}`,
      `WELCOME_CHANNEL_ID = ${v.snowflake(g)}`,
      `MOD_ROLE_ID = ${v.snowflake(g)}`,
      `OWNER_IDS = [${v.snowflake(g)}, ${v.snowflake(g)}]`,
      'EMBED_COLOR = 0x5865F2',
    ],
  })),
  template('telegram-token-from-config', () => ({
    path: 'bot.py',
    lines: [
      'import telebot',
      'import config',
      '',
      'bot = telebot.TeleBot(config.TOKEN)',
      '',
      "@bot.message_handler(content_types=['text'])",
      'def echo(message):',
      '    bot.send_message(message.chat.id, message.text)',
    ],
  })),
  template('telegram-placeholder', (g) => ({
    path: 'main.py',
    lines: [
      'from telegram.ext import ApplicationBuilder, CommandHandler',
      '',
      `TOKEN = "${g.pick(['YOUR_TELEGRAM_BOT_TOKEN', 'xxx', '<your bot token>', 'INSERT_TOKEN'])}"  # get it from @BotFather`,
      'app = ApplicationBuilder().token(TOKEN).build()',
      'app.run_polling()',
    ],
  })),
  template('praw-from-env', () => ({
    path: 'reddit_bot.py',
    lines: [
      'import os',
      'import praw',
      '',
      'reddit = praw.Reddit(',
      '    client_id=os.environ["REDDIT_CLIENT_ID"],',
      '    client_secret=os.environ["REDDIT_CLIENT_SECRET"],',
      '    username=os.environ["REDDIT_USERNAME"],',
      '    password=os.environ["REDDIT_PASSWORD"],',
      '    user_agent="flairbot by u/someone",',
      ')',
    ],
  })),
  template('praw-ini-template', () => ({
    path: 'praw.ini.example',
    lines: [
      '[bot1]',
      'client_id=YOUR_CLIENT_ID',
      'client_secret=YOUR_CLIENT_SECRET',
      'password=YOUR_REDDIT_PASSWORD',
      'username=YOUR_USERNAME',
      'user_agent=script by u/YOUR_USERNAME',
    ],
  })),
  template('tweepy-config-vars', () => ({
    path: 'tweet.py',
    lines: [
      'import tweepy',
      'from config import consumer_key, consumer_secret, access_token, access_token_secret',
      '',
      'auth = tweepy.OAuth1UserHandler(consumer_key, consumer_secret, access_token, access_token_secret)',
      'api = tweepy.API(auth, wait_on_rate_limit=True)',
    ],
  })),
  template('input-prompts', () => ({
    path: 'login.py',
    lines: [
      'import getpass',
      'import requests',
      '',
      'username = input("Username: ")',
      'password = getpass.getpass("Password: ")',
      'r = requests.post("https://portal.school.edu/login", data={"username": username, "password": password})',
      'if r.ok:',
      '    print("logged in!")',
    ],
  })),
  template('selenium-vars', () => ({
    path: 'autologin.py',
    lines: [
      'from selenium import webdriver',
      'from selenium.webdriver.common.keys import Keys',
      'from creds import USERNAME, PASSWORD',
      '',
      'driver = webdriver.Firefox()',
      'driver.find_element("id", "email").send_keys(USERNAME)',
      'pw = driver.find_element("id", "pass")',
      'pw.send_keys(PASSWORD)',
      'pw.send_keys(Keys.RETURN)',
    ],
  })),
  template('spotify-ids', (g) => ({
    path: 'playlist.py',
    lines: [
      `PLAYLIST_ID = "${g.fake.alnum(22)}"`,
      'tracks = [',
      `    "spotify:track:${g.fake.alnum(22)}",`,
      `    "spotify:track:${g.fake.alnum(22)}",`,
      `    "https://open.spotify.com/track/${g.fake.alnum(22)}",`,
      ']',
      'sp.playlist_add_items(PLAYLIST_ID, tracks)',
    ],
  })),
  template('youtube-ids', (g) => ({
    path: 'music.js',
    lines: [
      'const songs = [',
      `  { title: 'lofi beats', id: '${g.fake.base64url(11)}' },`,
      `  { title: 'chill mix', id: '${g.fake.base64url(11)}' },`,
      '];',
      "const url = 'https://www.youtube.com/watch?v=' + songs[0].id;",
    ],
  })),
  template('steam-ids', (g) => ({
    path: 'friends.json',
    lines: [
      '{',
      `  "steamid": "7656119${g.fake.digits(10)}",`,
      `  "appid": ${g.between(200, 1_500_000)},`,
      `  "friends": ["7656119${g.fake.digits(10)}", "7656119${g.fake.digits(10)}"]`,
      '}',
    ],
  })),
  template('wallet-addresses', (g) => ({
    path: 'wallets.py',
    lines: [
      '# public addresses to watch (not keys)',
      `ETH_ADDRESS = "0x${g.fake.hex(40)}"`,
      `BTC_ADDRESS = "bc1q${g.fake.lowerAlnum(38)}"`,
      "SYMBOLS = ['BTCUSDT', 'ETHUSDT', 'SOLUSDT']",
    ],
  })),
  template('binance-env', () => ({
    path: 'trading_bot.py',
    lines: [
      'import os',
      'from binance.client import Client',
      "client = Client(os.getenv('BINANCE_API_KEY'), os.getenv('BINANCE_API_SECRET'))",
      "klines = client.get_klines(symbol='ETHUSDT', interval=Client.KLINE_INTERVAL_1HOUR)",
    ],
  })),
  template('php-xampp-empty-root', () => ({
    path: 'connect.php',
    lines: [
      '<?php',
      '$conn = mysqli_connect("localhost", "root", "", "school");',
      'if (!$conn) { die("Connection failed: " . mysqli_connect_error()); }',
    ],
  })),
  template('php-login-handler', () => ({
    path: 'login.php',
    lines: [
      '<?php',
      'session_start();',
      "include 'db.php';",
      "$username = $_POST['username'];",
      "$password = $_POST['password'];",
      '$stmt = $conn->prepare("SELECT password FROM users WHERE username = ?");',
      '$stmt->bind_param("s", $username);',
      '$stmt->execute();',
      '$row = $stmt->get_result()->fetch_assoc();',
      "if ($row && password_verify($password, $row['password'])) { $_SESSION['user'] = $username; }",
    ],
  })),
  template('java-jdbc-props', () => ({
    path: 'src/DB.java',
    lines: [
      'Properties props = new Properties();',
      'props.load(new FileInputStream("db.properties"));',
      'String password = props.getProperty("db.password");',
      'Connection conn = DriverManager.getConnection(props.getProperty("db.url"), props.getProperty("db.user"), password);',
    ],
  })),
  template('arduino-secrets-header', () => ({
    path: 'sketch.ino',
    lines: [
      '#include <WiFiNINA.h>',
      '#include "arduino_secrets.h"',
      '',
      'char ssid[] = SECRET_SSID;',
      'char pass[] = SECRET_PASS;',
      'void setup() { WiFi.begin(ssid, pass); }',
    ],
  })),
  template('arduino-secrets-template', () => ({
    path: 'arduino_secrets.h.example',
    lines: ['#define SECRET_SSID ""', '#define SECRET_PASS ""', '#define MQTT_PASSWORD "your-mqtt-password"'],
  })),
  template('flask-env-secret', () => ({
    path: 'app.py',
    lines: [
      'import os',
      'from flask import Flask',
      'app = Flask(__name__)',
      "app.secret_key = os.environ.get('SECRET_KEY', os.urandom(24))",
      "app.config['SQLALCHEMY_DATABASE_URI'] = os.getenv('DATABASE_URL', 'sqlite:///app.db')",
    ],
  })),
  template('django-env-secret', () => ({
    path: 'mysite/settings.py',
    lines: [
      'import environ',
      'env = environ.Env()',
      "SECRET_KEY = env('DJANGO_SECRET_KEY')",
      "DEBUG = env.bool('DEBUG', default=False)",
      "DATABASES = {'default': env.db()}",
    ],
  })),
  template('express-env-secret', () => ({
    path: 'server.js',
    lines: [
      "const jwt = require('jsonwebtoken');",
      'const JWT_SECRET = process.env.JWT_SECRET;',
      'app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));',
      'function sign(user) { return jwt.sign({ id: user._id }, JWT_SECRET, { expiresIn: "7d" }); }',
    ],
  })),
  template('supabase-anon', (g) => {
    const ref = g.fake.lower(20);
    return {
      path: 'src/supabaseClient.js',
      lines: [
        "import { createClient } from '@supabase/supabase-js'",
        `const supabaseUrl = 'https://${ref}.supabase.co'`,
        `const supabaseAnonKey = '${g.fake.jwt({ iss: 'supabase', ref, role: 'anon' })}'`,
        'export const supabase = createClient(supabaseUrl, supabaseAnonKey)',
      ],
    };
  }),
  template('stripe-publishable', (g) => ({
    path: 'checkout.js',
    lines: [
      `const stripe = Stripe('pk_${g.pick(['test', 'live'])}_${g.fake.alnum(24)}');`,
      "document.getElementById('buy').addEventListener('click', () => stripe.redirectToCheckout({ sessionId }));",
    ],
  })),
  template('env-example', () => ({
    path: '.env.example',
    lines: [
      'DISCORD_TOKEN=',
      'CLIENT_ID=',
      'MONGO_URI=mongodb+srv://<username>:<password>@cluster0.mongodb.net/',
      'WEATHER_API_KEY=your_openweather_key',
      'OPENAI_API_KEY=sk-...',
    ],
  })),
  template('readme-setup', () => ({
    path: 'README.md',
    lines: [
      '# MemeBot',
      '',
      '1. Create an application at https://discord.com/developers and copy the bot token.',
      '2. Copy `config.example.json` to `config.json` and paste your token in `"token"`.',
      '3. `npm install` then `node index.js`.',
      '',
      'Never share your token! If it leaks, hit "Reset Token".',
    ],
  })),
  template('minecraft-config-defaults', () => ({
    path: 'plugins/LuckPerms/config.yml',
    lines: [
      'storage-method: h2',
      'data:',
      '  address: localhost',
      '  database: minecraft',
      '  username: root',
      "  password: ''",
    ],
  })),
  template('server-properties-no-rcon', (g) => ({
    path: 'server.properties',
    lines: [
      'enable-rcon=false',
      'rcon.password=',
      `level-seed=${g.fake.digits(g.between(9, 19))}`,
      'gamemode=survival',
      'white-list=true',
    ],
  })),
  template('notebook-hash-outputs', (g) => ({
    path: 'analysis.ipynb',
    lines: [
      '{"cells": [{"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [',
      `{"name": "stdout", "output_type": "stream", "text": ["sha256: ${g.fake.hex(64)}\\n", "commit ${g.fake.hex(40)}\\n"]}`,
      '], "source": ["!sha256sum data.csv && git rev-parse HEAD"]}], "nbformat": 4, "nbformat_minor": 5}',
    ],
  })),
  template('requests-token-var', () => ({
    path: 'gh.py',
    lines: [
      'import os, requests',
      'token = os.environ["GITHUB_TOKEN"]',
      'headers = {"Authorization": f"Bearer {token}"}',
      'print(requests.get("https://api.github.com/user", headers=headers).json()["login"])',
    ],
  })),
  template('nodemailer-env', () => ({
    path: 'mail.js',
    lines: [
      'const transporter = nodemailer.createTransport({',
      "  service: 'gmail',",
      '  auth: { user: process.env.EMAIL_USER, pass: process.env.EMAIL_PASS }',
      '});',
    ],
  })),
  template('smtplib-prompt', () => ({
    path: 'send_email.py',
    lines: [
      'import smtplib, getpass',
      'sender = input("Your gmail: ")',
      'server = smtplib.SMTP("smtp.gmail.com", 587)',
      'server.starttls()',
      'server.login(sender, getpass.getpass())',
    ],
  })),
];
