"""Given names of Britain's and Ireland's communities that the name lists lack (round 12,
u12), read by `lexicon.first_names`.

The census list and Faker's locales hold "Harpreet" and "Siobhan" but not "Ravinder",
"Shahida", "Femi", "Maame", "Kasia", "Seumas", "Rhodri", "Ffion" or "Pádraig": Punjabi and
Pakistani and Bangladeshi British names, Yoruba, Igbo, Akan and Somali names, the Polish
short forms everyone is called by ("Kasia", "Tomek", "Wojtek"), Romanian and Lithuanian,
Scottish Gaelic, Welsh and Irish names, with and without their accents. A notes writer in
Bradford, Cardiff, Peckham or Stornoway meets them daily; unlisted, a lower-case one
("kasia translated") or one before an age is missed. Hand-written from general knowledge,
not from any corpus note; names of three letters or fewer, English words, places and
capitalised English words ("Kemi", a Finnish town; "Wale"; "Mairi", a place too) are left
out, so no rule reads a common word as a person.
"""

from __future__ import annotations

UK_GIVEN_NAMES = frozenset(
    "Harjinder Jasvinder Kulwant Balbir Gurmeet Gurmit Harbans Jaspal Kamaljit Paramjit "
    "Sukhjinder Hardip Sarbjit Daljit Inderjit Jagdeep Kirandeep Mandip Navjot Simranjit "
    "Taranjit Bhupinder Charanjit Davinder Gurinder Harvinder Jatinder Lakhvir Manpreet "
    "Rajvinder Sukhdev Sukhbir Ravinder Harjit Gurpreet Jaswinder Sukhwinder Kuldip "
    "Kuldeep Balwinder Manjit Rajinder Parminder Baljit Jasbir Amarjit Surinder Narinder "
    "Tejinder Hardeep Navdeep Mandeep Rupinder Satnam Gurdeep Shahida Shabana Nasreen "
    "Rukhsana Farzana Shazia Tahira Naseem Parveen Rubina Shamima Rehana Nazia Bushra "
    "Tasleem Zareen Khalida Razia Sajida Nusrat Rizwana Shagufta Tanvir Mehboob Sajid "
    "Shafiq Zubair Waqas Adeel Naveed Shoaib Mushtaq Arshad Javed Sohail Shahid Majid "
    "Pervez Rabia Aneesa Shabnam Shahnaz Sumaira Mehreen Samreen Kulsoom Saima Uzma Afshan "
    "Ruksana Shamim Rumana Shilpi Jahanara Rokeya Momtaz Anwara Sufia Fatema Mizanur "
    "Mohibur Ataur Habibur Lutfur Femi Bisi Funmi Tolu Dapo Segun Bukola Yemi Lanre Gbenga "
    "Dayo Kunle Yinka Toyin Funke Folake Abimbola Seun Bimpe Jide Deji Biodun Jumoke Wunmi "
    "Adebayo Babajide Temi Damilola Chidi Chioma Chinwe Chukwuma Amaka Ebere Uzoma Onyeka "
    "Maame Efua Araba Ekua Adjoa Kobina Hodan Faadumo Hibaaq Ubah Ifrah Khadra Deeqa "
    "Warsame Abdiwali Abdikadir Hamdi Nimco Sagal Filsan Kasia Gosia Basia Ania Zosia "
    "Grzesiek Tomek Kuba Wojtek Piotrek Krzysiek Darek Mirek Janek Staszek Jola Małgosia "
    "Bożena Wiesław Sławek Slawek Przemek Maciek Arek Jarek Zdzisław Czesław Mieczysław "
    "Bogusław Grażyna Laima Seumas Màiri Ruairidh Ruaridh Aonghas Peigi Fionnlagh Murdo "
    "Alasdair Ailsa Innes Somhairle Eòin Seonaidh Torquil Ruaraidh Coinneach Dòmhnall "
    "Tormod Uilleam Seonag Ealasaid Oighrig Iseabail Beathag Ciorstaidh Senga Jinty Ishbel "
    "Struan Torcuil Rhodri Siân Ffion Gwenllian Aled Carys Gruffydd Owain Llinos Heledd "
    "Mared Hywel Meinir Eurig Glesni Iolo Ieuan Emyr Cadi Guto Gwilym Ifan Iestyn Llŷr "
    "Macsen Meirion Osian Peredur Siôn Tomos Angharad Branwen Betsan Buddug Delyth Eirlys "
    "Eirian Enfys Gwawr Gwenno Heulwen Lleucu Menna Mererid Nerys Sioned Tesni Mabli Nansi "
    "Cerian Siobhán Ciarán Pádraig Sinéad Róisín Éabha Gráinne Oisín Clíodhna Méabh Ruairí "
    "Dónal Odhrán Pádraic Séamus Seán Máire Bríd Órla Sadhbh Síle Bláthnaid Mairéad Aoibhe "
    "Daithí Éamonn".split()
)
