"""Synthetic, Swedish-looking names, streets and numbers for demo data. No real people.

Names are common Swedish given names and surnames combined at random; phone numbers come
from the ranges PTS (the Swedish telecom regulator) reserves for use in fiction, so a demo
number can never ring a real person.
"""

from __future__ import annotations

import random

FEMALE_NAMES = (
    "Anna", "Eva", "Maria", "Karin", "Sara", "Lena", "Emma", "Kerstin", "Ingrid", "Malin",
    "Sofia", "Hanna", "Elin", "Ida", "Linnéa", "Johanna", "Åsa", "Märta", "Fatima", "Amina",
    "Leila", "Noor", "Helena", "Camilla", "Therese", "Jenny", "Annika", "Birgitta", "Ylva",
    "Agnes", "Selma", "Elsa", "Astrid", "Tove", "Saga", "Ebba", "Nora", "Yasmin", "Zeynep",
)
MALE_NAMES = (
    "Lars", "Anders", "Johan", "Per", "Erik", "Karl", "Mikael", "Jonas", "Mattias", "Björn",
    "Oskar", "Viktor", "Emil", "Axel", "Gustav", "Nils", "Olle", "Mohammed", "Ali", "Ahmad",
    "Daniel", "Fredrik", "Henrik", "Stefan", "Tomas", "Göran", "Åke", "Sören", "Yusuf", "Elias",
)
SURNAMES = (
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
    "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson",
    "Bengtsson", "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Lindström", "Olofsson",
    "Lindqvist", "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren",
    "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg",
    "Wallin", "Engström", "Eklund", "Danielsson", "Håkansson", "Lundin", "Björk", "Gunnarsson",
    "Holm", "Samuelsson", "Fransson", "Wikström", "Isaksson", "Bergman", "Öberg", "Åberg",
    "Ali", "Hassan", "Mohammed", "Yilmaz", "Nguyen", "Kovačević", "Nowak", "Haddad",
)
STREETS = (
    "Storgatan", "Kyrkogatan", "Skolgatan", "Drottninggatan", "Ängsvägen", "Björkvägen",
    "Tallstigen", "Köpmangatan", "Parkvägen", "Sjövägen", "Åsgatan", "Granvägen",
)
TOWNS = ("Solberga", "Västerby", "Norrköping", "Ekbacken", "Åkersberg", "Lilla Hult")


def fiction_mobile(rng: random.Random) -> str:
    """A mobile number from PTS's range for fiction (070-174 06 05 to 070-174 06 99)."""
    n = rng.randint(5, 99)
    return f"070-174 06 {n:02d}"


def street_address(rng: random.Random) -> str:
    postcode = f"{rng.randint(100, 989)} {rng.randint(10, 99)}"
    return f"{rng.choice(STREETS)} {rng.randint(1, 80)}, {postcode} {rng.choice(TOWNS)}"
