package org.roleatlas;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class RoleAtlasApplication {

	public static void main(String[] args) {
		SpringApplication.run(RoleAtlasApplication.class, args);
	}

}
