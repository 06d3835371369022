"""Figures as Thai and English readers write them: thousands separated, decimals only when any."""


def format_number(value: int | float | None, decimals: int = 1) -> str:
    """1234 -> "1,234"; 325.0 -> "325" (never "325.0"); 12.25 -> "12.3" (``decimals`` places,
    trailing zeros dropped); None -> "–". Thai writes figures with Arabic digits, "," and "." too."""
    if value is None or value == "":
        return "–"
    if isinstance(value, str):
        try:
            value = float(value) if "." in value else int(value)
        except ValueError:
            return value
    value = round(float(value), decimals) if not isinstance(value, int) else value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:,.{decimals}f}".rstrip("0").rstrip(".")
