"""Tools that drive the product (screenshots); nothing in the product imports them."""
