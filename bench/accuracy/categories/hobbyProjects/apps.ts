import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * hobby-projects positives, small apps and scripts: student PHP + MySQL (connect.php, db.php,
 * PDO), Java JDBC homework, Python scrapers and Selenium logins, e-mail scripts (smtplib,
 * nodemailer), Arduino/ESP sketches with Wi-Fi and MQTT passwords, Flask/Django/Express toy apps,
 * MongoDB Atlas URIs, Supabase service keys, Heroku deploy scripts, Jupyter notebooks, committed
 * .env files, notes with "my password is", Minecraft plugin configs and RCON, home-lab scripts.
 * Values generated at run time.
 */
export const appPositives: readonly Template[] = [
  template('php-mysqli-connect', (g) => {
    const pw = v.weakPass(g);
    return {
      path: g.pick(['connect.php', 'db.php', 'includes/config.php', 'dbconnect.php']),
      lines: [
        '<?php',
        sec(
          `$conn = mysqli_connect("localhost", "root", "${pw}", "${g.pick(['school', 'library', 'login_system', 'webshop'])}");`,
          pw,
        ),
        'if (!$conn) {',
        '    die("Connection failed: " . mysqli_connect_error());',
        '}',
        '?>',
      ],
    };
  }),
  template('php-vars', (g) => {
    const pw = v.weakPass(g);
    return {
      path: g.pick(['config.php', 'db_config.php']),
      lines: [
        '<?php',
        '$servername = "localhost";',
        `$username = "${g.pick(['root', 'admin', v.name(g)])}";`,
        sec(`$password = "${pw}";`, pw),
        `$dbname = "${g.pick(['myDB', 'students', 'blog', 'hotel_booking'])}";`,
        '',
        '$conn = new mysqli($servername, $username, $password, $dbname);',
        'if ($conn->connect_error) { die("Connection failed: " . $conn->connect_error); }',
      ],
    };
  }),
  template('php-pdo-define', (g) => {
    const pw = v.weakPass(g);
    return {
      path: 'config/database.php',
      lines: [
        '<?php',
        "define('DB_HOST', 'localhost');",
        `define('DB_USER', '${v.name(g)}');`,
        sec(`define('DB_PASS', '${pw}');`, pw),
        "define('DB_NAME', 'forum');",
        '$pdo = new PDO("mysql:host=" . DB_HOST . ";dbname=" . DB_NAME, DB_USER, DB_PASS);',
      ],
    };
  }),
  template('java-jdbc', (g) => {
    const pw = v.weakPass(g);
    return {
      path: g.pick(['src/DBConnection.java', 'src/main/java/Main.java', 'Database.java']),
      lines: [
        'import java.sql.*;',
        '',
        'public class DBConnection {',
        '    public static Connection getConnection() throws SQLException {',
        '        String url = "jdbc:mysql://localhost:3306/library";',
        sec(`        return DriverManager.getConnection(url, "root", "${pw}");`, pw),
        '    }',
        '}',
      ],
    };
  }),
  template('java-jdbc-fields', (g) => {
    const pw = v.weakPass(g);
    return {
      path: 'src/dao/StudentDAO.java',
      lines: [
        'public class StudentDAO {',
        '    private static final String URL = "jdbc:postgresql://localhost:5432/students";',
        '    private static final String USER = "postgres";',
        sec(`    private static final String PASS = "${pw}";`, pw),
        '',
        '    public List<Student> findAll() throws SQLException {',
        '        try (Connection c = DriverManager.getConnection(URL, USER, PASS)) {',
        '            return map(c.createStatement().executeQuery("SELECT * FROM student"));',
        '        }',
        '    }',
        '}',
      ],
    };
  }),
  template('selenium-login', (g) => {
    const pw = v.weakPass(g);
    return {
      path: g.pick(['autologin.py', 'scraper.py', 'bot.py']),
      lines: [
        'from selenium import webdriver',
        'from selenium.webdriver.common.by import By',
        'import time',
        '',
        'driver = webdriver.Chrome()',
        'driver.get("https://www.instagram.com/accounts/login/")',
        'time.sleep(3)',
        `driver.find_element(By.NAME, "username").send_keys("${v.name(g)}.${g.fake.digits(2)}")`,
        sec(`driver.find_element(By.NAME, "password").send_keys("${pw}")`, pw),
        'driver.find_element(By.XPATH, "//button[@type=\'submit\']").click()',
      ],
    };
  }),
  template('requests-login-dict', (g) => {
    const pw = v.weakPass(g);
    return {
      path: g.pick(['scrape_grades.py', 'login.py', 'main.py']),
      lines: [
        'import requests',
        'from bs4 import BeautifulSoup',
        '',
        's = requests.Session()',
        'payload = {',
        `    "username": "${v.name(g)}${g.fake.digits(3)}",`,
        sec(`    "password": "${pw}",`, pw),
        '}',
        's.post("https://portal.school.edu/login", data=payload)',
        'soup = BeautifulSoup(s.get("https://portal.school.edu/grades").text, "html.parser")',
      ],
    };
  }),
  template('smtplib-gmail', (g) => {
    const pw = g.chance(0.7) ? v.gmailAppPassword(g) : v.weakPass(g);
    const me = v.gmail(g);
    return {
      path: g.pick(['send_email.py', 'mailer.py', 'notify.py']),
      lines: [
        'import smtplib',
        'from email.message import EmailMessage',
        '',
        'msg = EmailMessage()',
        "msg['Subject'] = 'Price alert!'",
        `msg['From'] = '${me}'`,
        `msg['To'] = '${me}'`,
        "msg.set_content('the price dropped')",
        '',
        "with smtplib.SMTP_SSL('smtp.gmail.com', 465) as server:",
        sec(`    server.login('${me}', '${pw}')`, pw),
        '    server.send_message(msg)',
      ],
    };
  }),
  template('nodemailer-auth', (g) => {
    const pw = g.chance(0.6) ? v.gmailAppPassword(g) : v.weakPass(g);
    return {
      path: g.pick(['mail.js', 'routes/contact.js', 'server.js']),
      lines: [
        "const nodemailer = require('nodemailer');",
        'const transporter = nodemailer.createTransport({',
        "  service: 'gmail',",
        '  auth: {',
        `    user: '${v.gmail(g)}',`,
        sec(`    pass: '${pw}'`, pw),
        '  }',
        '});',
      ],
    };
  }),
  template('arduino-wifi', (g) => {
    const pw = v.weakPass(g);
    return {
      path: g.pick(['sketch.ino', 'weather_station/weather_station.ino', 'src/main.cpp']),
      lines: [
        '#include <WiFi.h>',
        '',
        `const char* ssid = "${g.pick(['TP-Link_4F2A', 'Vodafone-A1B2', 'FRITZ!Box 7530', 'HomeNet'])}";`,
        sec(`const char* password = "${pw}";`, pw),
        '',
        'void setup() {',
        '  Serial.begin(115200);',
        '  WiFi.begin(ssid, password);',
        '  while (WiFi.status() != WL_CONNECTED) { delay(500); Serial.print("."); }',
        '}',
      ],
    };
  }),
  template('esp-mqtt', (g) => {
    const wifi = v.weakPass(g);
    const mq = v.weakPass(g);
    return {
      path: 'esp8266_mqtt.ino',
      lines: [
        '#include <ESP8266WiFi.h>',
        '#include <PubSubClient.h>',
        '',
        '#define WIFI_SSID "HomeWifi"',
        sec(`#define WIFI_PASS "${wifi}"`, wifi),
        '#define MQTT_SERVER "192.168.1.50"',
        '#define MQTT_USER "homeassistant"',
        sec(`#define MQTT_PASSWORD "${mq}"`, mq),
        '',
        'WiFiClient espClient;',
        'PubSubClient client(espClient);',
        'void reconnect() { client.connect("ESP8266Client", MQTT_USER, MQTT_PASSWORD); }',
      ],
    };
  }),
  template('flask-secret-key', (g) => {
    const s = v.appSecret(g);
    return {
      path: 'app.py',
      lines: [
        'from flask import Flask, render_template, request, session, redirect',
        '',
        'app = Flask(__name__)',
        sec(`app.secret_key = '${s}'`, s),
        '',
        "@app.route('/')",
        'def index():',
        "    return render_template('index.html', user=session.get('user'))",
      ],
    };
  }),
  template('flask-config-db', (g) => {
    const s = v.appSecret(g);
    const pw = v.weakPass(g);
    return {
      path: 'app.py',
      lines: [
        'from flask import Flask',
        'from flask_sqlalchemy import SQLAlchemy',
        'app = Flask(__name__)',
        sec(`app.config['SECRET_KEY'] = "${s}"`, s),
        sec(`app.config['SQLALCHEMY_DATABASE_URI'] = 'mysql://root:${pw}@localhost/todo'`, pw),
        'db = SQLAlchemy(app)',
      ],
    };
  }),
  template('django-settings', (g) => {
    const k = v.djangoKey(g);
    return {
      path: g.pick(['mysite/settings.py', 'blog/settings.py', 'core/settings.py']),
      lines: [
        'from pathlib import Path',
        '',
        'BASE_DIR = Path(__file__).resolve().parent.parent',
        '',
        '# SECURITY WARNING: keep the secret key used in production secret!',
        sec(`SECRET_KEY = '${k}'`, k),
        '',
        "# SECURITY WARNING: don't run with debug turned on in production!",
        'DEBUG = True',
        'ALLOWED_HOSTS = []',
      ],
    };
  }),
  template('express-session-jwt', (g) => {
    const s = v.appSecret(g);
    const j = v.appSecret(g);
    return {
      path: g.pick(['app.js', 'server.js']),
      lines: [
        "const express = require('express');",
        "const session = require('express-session');",
        "const jwt = require('jsonwebtoken');",
        'const app = express();',
        sec(`app.use(session({ secret: '${s}', resave: false, saveUninitialized: true }));`, s),
        '',
        "app.post('/login', (req, res) => {",
        sec(`  const token = jwt.sign({ id: req.body.id }, '${j}', { expiresIn: '1h' });`, j),
        '  res.json({ token });',
        '});',
      ],
    };
  }),
  template('mongoose-atlas', (g) => {
    const pw = v.weakPass(g);
    const uri = `mongodb+srv://${v.name(g)}:${pw}@${v.atlasHost(g)}/?retryWrites=true&w=majority`;
    return {
      path: g.pick(['server.js', 'db.js', 'index.js']),
      lines: [
        "const mongoose = require('mongoose');",
        '',
        sec(`mongoose.connect('${uri}')`, pw),
        "  .then(() => console.log('MongoDB connected'))",
        '  .catch(err => console.log(err));',
      ],
    };
  }),
  template('supabase-service-role', (g) => {
    const ref = g.fake.lower(20);
    const k = g.fake.jwt({ iss: 'supabase', ref, role: 'service_role' });
    return {
      path: g.pick(['lib/supabase.js', 'supabaseClient.js']),
      lines: [
        "import { createClient } from '@supabase/supabase-js'",
        '',
        `const supabaseUrl = 'https://${ref}.supabase.co'`,
        sec(`const supabaseKey = '${k}'`, k),
        'export const supabase = createClient(supabaseUrl, supabaseKey)',
      ],
    };
  }),
  template('firebase-web-config', (g) => {
    const k = v.googleKey(g);
    const p = `${g.pick(['chat-app', 'todo-list', 'my-portfolio'])}-${g.fake.lowerAlnum(5)}`;
    return {
      path: g.pick(['src/firebase.js', 'firebase-config.js']),
      lines: [
        "import { initializeApp } from 'firebase/app';",
        'const firebaseConfig = {',
        sec(`  apiKey: "${k}",`, k),
        `  authDomain: "${p}.firebaseapp.com",`,
        `  projectId: "${p}",`,
        `  storageBucket: "${p}.appspot.com",`,
        `  messagingSenderId: "${g.fake.digits(12)}",`,
        `  appId: "1:${g.fake.digits(12)}:web:${g.fake.hex(22)}"`,
        '};',
        'const app = initializeApp(firebaseConfig);',
      ],
    };
  }),
  template('heroku-deploy-sh', (g) => {
    const k = g.fake.uuid();
    return {
      path: g.pick(['deploy.sh', 'scripts/deploy.sh']),
      lines: [
        '#!/bin/bash',
        '# push to heroku',
        sec(`export HEROKU_API_KEY=${k}`, k),
        `heroku git:remote -a ${v.botName(g)}-${g.fake.digits(3)}`,
        'git push heroku main',
      ],
    };
  }),
  template('jupyter-openai', (g) => {
    const k = v.openAiKey(g);
    return {
      path: g.pick(['chatbot.ipynb', 'notebooks/experiment.ipynb', 'Untitled.ipynb']),
      lines: [
        '{',
        ' "cells": [',
        '  {',
        '   "cell_type": "code",',
        '   "execution_count": 1,',
        '   "metadata": {},',
        '   "outputs": [],',
        '   "source": [',
        '    "import openai\\n",',
        sec(`    "openai.api_key = \\"${k}\\"\\n",`, k),
        '    "resp = openai.ChatCompletion.create(model=\\"gpt-3.5-turbo\\", messages=[{\\"role\\": \\"user\\", \\"content\\": \\"hi\\"}])"',
        '   ]',
        '  }',
        ' ],',
        ' "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},',
        ' "nbformat": 4,',
        ' "nbformat_minor": 5',
        '}',
      ],
    };
  }),
  template('jupyter-spotify-colab', (g) => {
    const s = v.spotifyHex(g);
    return {
      path: 'spotify_analysis.ipynb',
      lines: [
        '{"cells": [{"cell_type": "code", "metadata": {"id": "a1"}, "outputs": [], "source": [',
        '"!pip install spotipy\\n",',
        `"cid = '${v.spotifyHex(g)}'\\n",`,
        sec(`"secret = '${s}'\\n",`, s),
        '"client_credentials_manager = SpotifyClientCredentials(client_id=cid, client_secret=secret)"',
        ']}], "metadata": {"colab": {"provenance": []}}, "nbformat": 4, "nbformat_minor": 0}',
      ],
    };
  }),
  template('dotenv-committed', (g) => {
    const t = v.discordToken(g);
    const pw = v.weakPass(g);
    const k = v.hex32(g);
    return {
      path: '.env',
      lines: [
        sec(`DISCORD_TOKEN=${t}`, t),
        `CLIENT_ID=${v.snowflake(g)}`,
        sec(`MONGO_URI=mongodb+srv://admin:${pw}@${v.atlasHost(g)}/bot`, pw),
        sec(`WEATHER_API_KEY=${k}`, k),
      ],
    };
  }),
  template('dotenv-telegram-openai', (g) => {
    const t = v.telegramToken(g);
    const k = v.openAiKey(g);
    return {
      path: g.pick(['.env', 'bot/.env']),
      lines: [sec(`BOT_TOKEN="${t}"`, t), sec(`OPENAI_API_KEY="${k}"`, k), 'ADMIN_CHAT_ID=' + g.fake.digits(9)],
    };
  }),
  template('readme-my-password', (g) => {
    const pw = v.weakPass(g);
    return {
      path: g.pick(['notes.txt', 'README.md', 'todo.md']),
      lines: [
        '# todo',
        '- fix the leaderboard sorting',
        '- add /help command',
        sec(`- db login is root, my password is ${pw} (change before submitting!!)`, pw),
      ],
    };
  }),
  template('readme-admin-login', (g) => {
    const pw = v.weakPass(g);
    return {
      path: 'README.md',
      lines: [
        '# Hotel Booking System (DBMS mini project)',
        '',
        'Import `hotel.sql` in phpMyAdmin, then open http://localhost/hotel.',
        '',
        'Admin login:',
        `- username: ${v.name(g)}`,
        sec(`- password: ${pw}`, pw),
      ],
    };
  }),
  template('minecraft-plugin-config', (g) => {
    const pw = v.weakPass(g);
    return {
      path: g.pick(['plugins/LuckPerms/config.yml', 'plugins/AuthMe/config.yml', 'plugins/CoreProtect/config.yml']),
      lines: [
        'storage-method: mysql',
        'data:',
        '  address: localhost:3306',
        '  database: minecraft',
        '  username: mc',
        sec(`  password: '${pw}'`, pw),
        '  pool-settings:',
        '    maximum-pool-size: 10',
      ],
    };
  }),
  template('minecraft-server-properties', (g) => {
    const pw = v.weakPass(g);
    return {
      path: 'server.properties',
      lines: [
        '#Minecraft server properties',
        'enable-rcon=true',
        'rcon.port=25575',
        sec(`rcon.password=${pw}`, pw),
        'motd=\\u00A7aWelcome to the SMP!',
        'max-players=20',
        'online-mode=true',
      ],
    };
  }),
  template('mcrcon-script', (g) => {
    const pw = v.weakPass(g);
    return {
      path: g.pick(['backup.sh', 'restart.sh']),
      lines: [
        '#!/bin/bash',
        sec(`mcrcon -H 127.0.0.1 -P 25575 -p ${pw} "say Server restarting in 60s"`, pw),
        'sleep 60',
        'tar -czf ~/backups/world-$(date +%F).tar.gz ~/mc/world',
      ],
    };
  }),
  template('homelab-sshpass', (g) => {
    const pw = v.weakPass(g);
    return {
      path: g.pick(['update_pis.sh', 'homelab/sync.sh']),
      lines: [
        '#!/bin/bash',
        'for host in 192.168.1.21 192.168.1.22 192.168.1.23; do',
        sec(`  sshpass -p '${pw}' ssh pi@$host 'sudo apt update && sudo apt -y upgrade'`, pw),
        'done',
      ],
    };
  }),
  template('homelab-router-curl', (g) => {
    const pw = v.weakPass(g);
    return {
      path: 'reboot_router.py',
      lines: [
        'import requests',
        sec(`r = requests.post("http://192.168.0.1/api/reboot", auth=("admin", "${pw}"))`, pw),
        'print(r.status_code)',
      ],
    };
  }),
  template('github-pat-script', (g) => {
    const t = v.githubPat(g);
    return {
      path: g.pick(['backup_repos.py', 'gh.py']),
      lines: [
        'import requests',
        sec(`headers = {"Authorization": "token ${t}"}`, t),
        'repos = requests.get("https://api.github.com/user/repos?per_page=100", headers=headers).json()',
      ],
    };
  }),
];
