import json, re
def slug(s): return re.sub(r'[^a-z0-9]+','-',s.lower()).strip('-')
H='{"format":"gazette/gazetteer","version":1}\n'
# ORGANIZATIONS: name | aliases (;) | located_in | part_of
orgs = """
United Nations|UN;U.N.;the United Nations||
UN Security Council|U.N. Security Council;Security Council;UNSC;United Nations Security Council||United Nations
UN General Assembly|U.N. General Assembly;General Assembly;United Nations General Assembly||United Nations
UN Human Rights Council|U.N. Human Rights Council;Human Rights Council||United Nations
UNICEF|||United Nations
UNHCR|UN refugee agency;U.N. refugee agency||United Nations
World Health Organization|WHO;World Health Organisation||United Nations
World Food Programme|WFP;World Food Program||United Nations
International Atomic Energy Agency|IAEA||United Nations
Organisation for the Prohibition of Chemical Weapons|OPCW;Organization for the Prohibition of Chemical Weapons||
International Criminal Court|ICC||
International Court of Justice|ICJ;World Court||United Nations
NATO|North Atlantic Treaty Organization;Nato||
European Union|EU;E.U.||
European Commission|||European Union
European Parliament|||European Union
European Council|||European Union
European Central Bank|ECB||European Union
Council of Europe|||
OSCE|Organization for Security and Co-operation in Europe||
African Union|AU||
Arab League|League of Arab States||
ASEAN|Association of Southeast Asian Nations||
Gulf Cooperation Council|GCC||
OPEC|Organization of the Petroleum Exporting Countries||
G7|G-7;Group of Seven||
G20|G-20;Group of 20||
BRICS|||
World Trade Organization|WTO||
International Monetary Fund|IMF||
World Bank|||
Interpol|||
Red Cross|International Committee of the Red Cross;ICRC||
Amnesty International|Amnesty||
Human Rights Watch|||
Doctors Without Borders|MSF;Medecins Sans Frontieres||
Kremlin||Russia|
White House||United States|
Pentagon|Defense Department;Department of Defense;U.S. Defense Department;US Defense Department|United States|
State Department|U.S. State Department;US State Department;Department of State|United States|
Treasury Department|U.S. Treasury;US Treasury;Treasury;Department of the Treasury|United States|
Justice Department|Department of Justice;U.S. Justice Department;DOJ|United States|
Department of Homeland Security|Homeland Security;DHS|United States|
FBI|Federal Bureau of Investigation|United States|
CIA|Central Intelligence Agency|United States|
National Security Agency|NSA|United States|
National Security Council|NSC|United States|
Congress|U.S. Congress;US Congress|United States|
U.S. Senate|Senate;US Senate|United States|
House of Representatives|U.S. House;House|United States|
Senate Foreign Relations Committee|||
Supreme Court|U.S. Supreme Court;US Supreme Court|United States|
Federal Reserve|Fed;U.S. Federal Reserve;US Federal Reserve|United States|
Republican Party|GOP;Republicans|United States|
Democratic Party|Democrats|United States|
Democratic National Committee|DNC|United States|
Republican National Committee|RNC|United States|
Russian Foreign Ministry|Foreign Ministry of Russia;Russia's Foreign Ministry;Russian foreign ministry|Russia|
Russian Defence Ministry|Russian Defense Ministry;Russia's Defence Ministry;Russia's Defense Ministry;Russian defence ministry|Russia|
FSB|Federal Security Service|Russia|
GRU||Russia|
State Duma|Duma|Russia|
Federation Council||Russia|
United Russia||Russia|
Gazprom||Russia|
Rosneft||Russia|
Wagner Group|Wagner|Russia|
Foreign Office|Foreign and Commonwealth Office;FCO;UK Foreign Office;British Foreign Office|United Kingdom|
Downing Street|Number 10|United Kingdom|
Ministry of Defence|MoD;UK Ministry of Defence|United Kingdom|
MI5||United Kingdom|
MI6|Secret Intelligence Service|United Kingdom|
British Parliament|UK Parliament;House of Commons;Commons|United Kingdom|
House of Lords||United Kingdom|
Conservative Party|Conservatives;Tories;Tory Party|United Kingdom|
Labour Party|Labour|United Kingdom|
Liberal Democrats|Lib Dems|United Kingdom|
Scottish National Party|SNP|United Kingdom|
Bank of England||United Kingdom|
Elysee Palace|Élysée Palace;Elysee;Élysée|France|
Bundestag||Germany|
Bundesbank||Germany|
CDU|Christian Democratic Union|Germany|
SPD|Social Democratic Party|Germany|
AfD|Alternative for Germany|Germany|
Knesset||Israel|
Likud||Israel|
Israel Defense Forces|IDF|Israel|
Mossad||Israel|
Hamas||Palestine|
Fatah||Palestine|
Palestinian Authority|PA|Palestine|
Hezbollah|Hizbollah;Hizballah|Lebanon|
Islamic Revolutionary Guard Corps|IRGC;Revolutionary Guards;Revolutionary Guard|Iran|
Communist Party of China|Chinese Communist Party;CCP;Communist Party|China|
People's Liberation Army|PLA|China|
People's Bank of China|PBOC|China|
Xinhua||China|
Zhongnanhai||China|
Blue House||South Korea|
Bank of Japan|BOJ|Japan|
BJP|Bharatiya Janata Party|India|
Indian National Congress|Congress party|India|
Reserve Bank of India|RBI|India|
Islamic State|ISIS;ISIL;IS;Daesh;Islamic State group||
Al-Qaeda|al-Qaeda;al Qaeda;Al Qaeda;al-Qaida;Al-Qaida||
Jabhat al-Nusra|Nusra Front;al-Nusra Front;Jabhat Fateh al-Sham||Al-Qaeda
Hayat Tahrir al-Sham|HTS||
Taliban|the Taliban|Afghanistan|
Boko Haram||Nigeria|
al-Shabab|Al-Shabaab;al-Shabaab|Somalia|
Houthi movement|Houthis;Ansar Allah|Yemen|
Syrian Democratic Forces|SDF|Syria|
YPG|People's Protection Units|Syria|
PKK|Kurdistan Workers' Party|Turkey|
Free Syrian Army|FSA|Syria|
Syrian Observatory for Human Rights|||
Reuters|Thomson Reuters||
Associated Press|AP|United States|
Agence France-Presse|AFP|France|
RIA Novosti|RIA|Russia|
TASS|Tass;ITAR-TASS;Itar-Tass|Russia|
Interfax||Russia|
RT|Russia Today|Russia|
Sputnik||Russia|
Channel One||Russia|
Al Jazeera|Al-Jazeera|Qatar|
CNN|Cable News Network|United States|
BBC|British Broadcasting Corporation|United Kingdom|
Fox News|Fox News Channel|United States|
Fox Business Network|Fox Business|United States|
MSNBC||United States|
NBC News|NBC|United States|
ABC News|ABC|United States|
CBS News|CBS|United States|
NPR|National Public Radio|United States|
The New York Times|New York Times|United States|
The Washington Post|Washington Post|United States|
The Wall Street Journal|Wall Street Journal;WSJ|United States|
The Guardian|Guardian|United Kingdom|
Financial Times|FT|United Kingdom|
Bloomberg|Bloomberg News|United States|
Politico|POLITICO;POLITICO Europe;POLITICO Pro;POLITICO Florida;POLITICO New York;POLITICO New Jersey;POLITICO California;POLITICO Massachusetts||
Axios||United States|
Der Spiegel|Spiegel|Germany|
Le Monde||France|
The Independent|Independent|United Kingdom|
Associated Press Television|APTN||
Exxon Mobil|ExxonMobil;Exxon|United States|
Chevron||United States|
Shell|Royal Dutch Shell|United Kingdom|
BP|British Petroleum|United Kingdom|
TotalEnergies|Total|France|
Apple|Apple Inc.|United States|
Google|Alphabet|United States|
Microsoft||United States|
Amazon||United States|
Meta|Facebook|United States|
Twitter||United States|
Tesla||United States|
Boeing||United States|
Lockheed Martin||United States|
Raytheon||United States|
General Motors|GM|United States|
Ford|Ford Motor|United States|
Goldman Sachs||United States|
JPMorgan Chase|JPMorgan;JP Morgan|United States|
Huawei||China|
Alibaba||China|
Tencent||China|
Samsung|Samsung Electronics|South Korea|
Toyota||Japan|
Volkswagen|VW|Germany|
Siemens||Germany|
Airbus||France|
Aramco|Saudi Aramco|Saudi Arabia|
"""
# Seats of government: the building stands for the government and lies in its country.
SEATS={"Kremlin","White House","Pentagon","Downing Street","Elysee Palace","Zhongnanhai","Blue House"}
out=[H]; ids=set()
for line in orgs.strip().splitlines():
    name,al,loc,part=line.split('|')
    i="org:"+slug(name)
    assert i not in ids, i; ids.add(i)
    e={"id":i,"name":name,"type":"ORGANIZATION","aliases":[a for a in al.split(';') if a],"located_in":loc or None,"part_of":part or None}
    if name in SEATS: e["seat"]=True
    out.append(json.dumps(e,ensure_ascii=False)+"\n")
open("organizations.jsonl","w").write("".join(out))
# PERSONS: name | aliases | title@country;...
persons = """
Donald Trump|Donald J. Trump|President@United States
Joe Biden|Joseph Biden;Joseph R. Biden|President@United States;Vice President@United States
Barack Obama||President@United States
George W. Bush|George Bush|President@United States
Bill Clinton||President@United States
Hillary Clinton|Hillary Rodham Clinton|Secretary of State@United States
Kamala Harris||Vice President@United States
Mike Pence||Vice President@United States
JD Vance|J.D. Vance|Vice President@United States
Rex Tillerson||Secretary of State@United States
Mike Pompeo||Secretary of State@United States
Antony Blinken|Tony Blinken|Secretary of State@United States
John Kerry||Secretary of State@United States
Condoleezza Rice||Secretary of State@United States
Colin Powell||Secretary of State@United States
Marco Rubio||Secretary of State@United States
James Mattis|Jim Mattis|Secretary of Defense@United States
Mark Esper||Secretary of Defense@United States
Lloyd Austin||Secretary of Defense@United States
Pete Hegseth||Secretary of Defense@United States
Nikki Haley||Ambassador@United Nations
Linda Thomas-Greenfield||Ambassador@United Nations
John Bolton||National Security Adviser@United States
H.R. McMaster|H. R. McMaster|National Security Adviser@United States
Jake Sullivan||National Security Adviser@United States
Michael Flynn||National Security Adviser@United States
Sean Spicer||Press Secretary@United States
Sarah Sanders|Sarah Huckabee Sanders|Press Secretary@United States
Karine Jean-Pierre||Press Secretary@United States
James Comey||Director@FBI
Robert Mueller||Special Counsel@United States
Christopher Wray||Director@FBI
Mitch McConnell||Senator@United States
Chuck Schumer||Senator@United States
Nancy Pelosi||Speaker@United States
Lindsey Graham||Senator@United States
John McCain||Senator@United States
Bernie Sanders||Senator@United States
Vladimir Putin|Wladimir Putin;Vladimir Vladimirovich Putin|President@Russia;Prime Minister@Russia
Dmitry Medvedev|Dmitri Medvedev|President@Russia;Prime Minister@Russia
Mikhail Mishustin||Prime Minister@Russia
Sergei Lavrov|Sergey Lavrov|Foreign Minister@Russia
Sergei Shoigu|Sergey Shoigu|Defence Minister@Russia
Andrei Belousov|Andrey Belousov|Defence Minister@Russia
Dmitry Peskov|Dmitri Peskov|Spokesman@Kremlin
Maria Zakharova||Spokeswoman@Russian Foreign Ministry
Sergei Ryabkov|Sergey Ryabkov|Deputy Foreign Minister@Russia
Vassily Nebenzia|Vasily Nebenzya|Ambassador@United Nations
Vitaly Churkin||Ambassador@United Nations
Alexei Navalny|Alexey Navalny|
Yevgeny Prigozhin|Yevgeniy Prigozhin|
Volodymyr Zelensky|Volodymyr Zelenskyy;Volodymyr Zelenskiy|President@Ukraine
Petro Poroshenko||President@Ukraine
Dmytro Kuleba||Foreign Minister@Ukraine
Xi Jinping||President@China
Li Keqiang||Premier@China
Li Qiang||Premier@China
Wang Yi||Foreign Minister@China
Hu Jintao||President@China
Bashar al-Assad|Bashar Assad;Bashar al-Asad|President@Syria
Walid al-Moualem|Walid Muallem|Foreign Minister@Syria
Recep Tayyip Erdogan|Recep Tayyip Erdoğan;Tayyip Erdogan|President@Turkey
Mevlut Cavusoglu|Mevlüt Çavuşoğlu|Foreign Minister@Turkey
Hakan Fidan||Foreign Minister@Turkey
Hassan Rouhani|Hassan Rowhani|President@Iran
Ebrahim Raisi||President@Iran
Ali Khamenei|Ayatollah Ali Khamenei|Supreme Leader@Iran
Javad Zarif|Mohammad Javad Zarif|Foreign Minister@Iran
Benjamin Netanyahu|Bibi Netanyahu|Prime Minister@Israel
Mahmoud Abbas||President@Palestine
Ismail Haniyeh||Leader@Hamas
Hassan Nasrallah||Leader@Hezbollah
Abu Bakr al-Baghdadi||Leader@Islamic State
Osama bin Laden||Leader@Al-Qaeda
Ayman al-Zawahiri||Leader@Al-Qaeda
Abu Mohammad al-Julani|Abu Mohammed al-Jolani;Ahmed al-Sharaa|Leader@Hayat Tahrir al-Sham
Mohammed bin Salman|Mohammad bin Salman|Crown Prince@Saudi Arabia
King Salman|Salman bin Abdulaziz|King@Saudi Arabia
Abdel Fattah el-Sisi|Abdel Fattah al-Sisi|President@Egypt
Angela Merkel||Chancellor@Germany
Olaf Scholz||Chancellor@Germany
Friedrich Merz||Chancellor@Germany
Sigmar Gabriel||Foreign Minister@Germany
Heiko Maas||Foreign Minister@Germany
Annalena Baerbock||Foreign Minister@Germany
Emmanuel Macron||President@France
Francois Hollande|François Hollande|President@France
Jean-Yves Le Drian||Foreign Minister@France
Theresa May||Prime Minister@United Kingdom
Boris Johnson||Prime Minister@United Kingdom;Foreign Secretary@United Kingdom
David Cameron||Prime Minister@United Kingdom
Tony Blair||Prime Minister@United Kingdom
Gordon Brown||Prime Minister@United Kingdom
Rishi Sunak||Prime Minister@United Kingdom
Keir Starmer||Prime Minister@United Kingdom
Liz Truss||Prime Minister@United Kingdom
Jeremy Corbyn||Leader@Labour Party
Jeremy Hunt||Foreign Secretary@United Kingdom
Justin Trudeau||Prime Minister@Canada
Shinzo Abe||Prime Minister@Japan
Fumio Kishida||Prime Minister@Japan
Narendra Modi||Prime Minister@India
Imran Khan||Prime Minister@Pakistan
Kim Jong Un|Kim Jong-un|Leader@North Korea
Moon Jae-in|Moon Jae In|President@South Korea
Yoon Suk Yeol||President@South Korea
Jair Bolsonaro||President@Brazil
Luiz Inacio Lula da Silva|Lula da Silva;Luiz Inácio Lula da Silva|President@Brazil
Nicolas Maduro|Nicolás Maduro|President@Venezuela
Viktor Orban|Viktor Orbán|Prime Minister@Hungary
Alexander Lukashenko|Alexander Lukashenka|President@Belarus
Antonio Guterres|António Guterres|Secretary-General@United Nations
Ban Ki-moon||Secretary-General@United Nations
Kofi Annan||Secretary-General@United Nations
Staffan de Mistura||Special Envoy@United Nations
Jens Stoltenberg||Secretary-General@NATO
Mark Rutte||Secretary-General@NATO;Prime Minister@Netherlands
Ursula von der Leyen||President@European Commission
Jean-Claude Juncker||President@European Commission
Donald Tusk||President@European Council;Prime Minister@Poland
Federica Mogherini||High Representative@European Union
Josep Borrell||High Representative@European Union
Kaja Kallas||High Representative@European Union
Christine Lagarde||President@European Central Bank
Mario Draghi||President@European Central Bank;Prime Minister@Italy
Giorgia Meloni||Prime Minister@Italy
Pope Francis||Pope@Vatican City
Tedros Adhanom Ghebreyesus|Tedros Adhanom|Director-General@World Health Organization
Rafael Grossi||Director-General@International Atomic Energy Agency
Ahmet Uzumcu|Ahmet Üzümcü|Director-General@Organisation for the Prohibition of Chemical Weapons
Elon Musk||CEO@Tesla
Tim Cook||CEO@Apple
Mark Zuckerberg||CEO@Meta
Darren Woods||CEO@Exxon Mobil
Igor Sechin||CEO@Rosneft
Alexei Miller||CEO@Gazprom
"""
out=[H]
for line in persons.strip().splitlines():
    name,al,roles=line.split('|')
    i="person:"+slug(name)
    assert i not in ids, i; ids.add(i)
    rl=[]
    for r in roles.split(';'):
        if r:
            t,o=r.split('@'); rl.append({"title":t,"of":o})
    e={"id":i,"name":name,"type":"PERSON","aliases":[a for a in al.split(';') if a],"roles":rl}
    out.append(json.dumps(e,ensure_ascii=False)+"\n")
open("persons.jsonl","w").write("".join(out))
regions = """
Crimea|Crimean Peninsula|Ukraine
Donbas|Donbass|Ukraine
Donetsk||Ukraine
Luhansk|Lugansk|Ukraine
Idlib province|Idlib|Syria
Aleppo province||Syria
Golan Heights|Golan|Syria
Gaza Strip|Gaza|Palestine
West Bank||Palestine
Kashmir||
Xinjiang||China
Tibet||China
Chechnya||Russia
Siberia||Russia
Kaliningrad||Russia
Catalonia||Spain
Scotland||United Kingdom
Wales||United Kingdom
Northern Ireland||United Kingdom
England||United Kingdom
Bavaria||Germany
Sinai|Sinai Peninsula|Egypt
Darfur||Sudan
Kurdistan|Iraqi Kurdistan|Iraq
Europe||
Asia||
Africa||
Middle East|Mideast|
Latin America||
South America||
North America||
Balkans||
Caucasus||
Scandinavia||
Central Asia||
Southeast Asia||
Persian Gulf|the Gulf|
South China Sea||
Black Sea||
Baltic Sea||
Mediterranean|Mediterranean Sea|
Strait of Hormuz||
Red Sea||
Arctic||
California||United States
Texas||United States
Florida||United States
New York State||United States
Alaska||United States
Hawaii||United States
Virginia||United States
Ohio||United States
Michigan||United States
Pennsylvania||United States
Illinois||United States
Arizona||United States
Nevada||United States
Iowa||United States
New Hampshire||United States
South Carolina||United States
North Carolina||United States
Wisconsin||United States
Minnesota||United States
Colorado||United States
Oregon||United States
Massachusetts||United States
New Jersey||United States
Maryland||United States
Tennessee||United States
Kentucky||United States
Louisiana||United States
Alabama||United States
Mississippi||United States
Missouri||United States
Indiana||United States
Oklahoma||United States
Kansas||United States
Nebraska||United States
Utah||United States
Connecticut||United States
Ontario||Canada
Quebec||Canada
British Columbia||Canada
Alberta||Canada
"""
out=[H]
for line in regions.strip().splitlines():
    name,al,c=line.split('|')
    i="region:"+slug(name)
    assert i not in ids, i; ids.add(i)
    e={"id":i,"name":name,"type":"LOCATION","aliases":[a for a in al.split(';') if a],"country":c or None}
    out.append(json.dumps(e,ensure_ascii=False)+"\n")
open("regions.jsonl","w").write("".join(out))
print(len(ids))
